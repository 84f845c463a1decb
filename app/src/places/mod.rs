//! Maps: an enhancement beside forms and lists that work without them. The
//! boxes are rendered hidden and shown by `/assets/map.js` when it runs;
//! without JavaScript the page is complete. Leaflet comes from npm and is
//! served by Quartier itself (/pkg/leaflet), tiles only from the configured
//! tile server (none in tests: the boundaries alone).
#[cfg(feature = "ssr")]
pub mod handlers;

use crate::i18n::{t, t_args};
use domain::concerns::status::Status;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// What a map needs from the settings: the tile server, when there is one.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct MapSetup {
    /// (URL template, attribution)
    pub tiles: Option<(String, String)>,
    /// Whether some district has a boundary (without, and without tiles,
    /// there is nothing to show).
    pub boundaries: bool,
    /// Some boundaries are generated (the demo's schematic ones).
    pub schematic: bool,
    /// A geocoder is configured: address suggestions and the address of a spot.
    pub geocoder: bool,
}

impl MapSetup {
    pub fn shown(&self) -> bool {
        self.boundaries || self.tiles.is_some()
    }
}

/// The map's setup from the settings and the stored boundaries.
#[cfg(feature = "ssr")]
pub fn setup(settings: &domain::config::Settings, reference: &domain::reference::Reference) -> MapSetup {
    MapSetup {
        tiles: settings.map_tiles.as_ref().map(|m| (m.url.clone(), m.attribution.clone())),
        boundaries: !reference.areas.is_empty(),
        schematic: reference.areas.is_generated(),
        geocoder: settings.geocoder_url.is_some(),
    }
}

/// Leaflet and Quartier's map script, loaded after the page (deferred),
/// with this response's nonce like every script on the page.
#[component]
fn MapScripts() -> impl IntoView {
    view! {
        <link rel="stylesheet" href="/pkg/leaflet/leaflet.css"/>
        <script src="/pkg/leaflet/leaflet.js" defer nonce=leptos::nonce::use_nonce()></script>
        <script src="/assets/map.js" defer nonce=leptos::nonce::use_nonce()></script>
    }
}

/// The report form's map: tap, click or the arrow keys set the spot; its
/// district and coordinates are written into the form's own fields.
#[component]
pub fn MapPicker(setup: MapSetup) -> impl IntoView {
    setup.shown().then(|| {
        let (tiles, attribution) = setup.tiles.clone().unwrap_or_default();
        view! {
            <MapScripts/>
            <div class="map-box" data-map="pick" hidden=true data-tiles=tiles data-attribution=attribution
                data-boundaries="/districts.geojson" data-locate="/districts/at"
                data-search=setup.geocoder.then_some("/places/search") data-reverse=setup.geocoder.then_some("/places/reverse")
                data-text-placed=t_args("map-placed", &[("district".into(), "%s".into())])
                data-text-outside=t("error-point-outside-city") data-text-failed=t("map-failed")
                data-text-no-position=t("map-no-position") data-text-finding=t("map-finding")
                data-text-zoom-in=t("map-zoom-in") data-text-zoom-out=t("map-zoom-out")>
                <div class="map-area">
                    <p class="hint" id="map-hint">{t("map-pick-hint")}</p>
                    <div class="map" dir="ltr" tabindex="0" role="application" aria-label=t("map-pick-label") aria-describedby="map-hint"></div>
                </div>
                <p class="map-status" role="status"></p>
                <div class="actions">
                    <button type="button" class="secondary" data-action="position">{t("map-use-position")}</button>
                    <button type="button" class="secondary" data-action="without">{t("map-without")}</button>
                    <button type="button" class="secondary" data-action="with" hidden=true>{t("map-with")}</button>
                </div>
                <MapNotes setup=setup.clone()/>
            </div>
        }
    })
}

/// A map of public concerns, beside the list that stays the primary view:
/// `filter` is the list's query string.
#[component]
pub fn ConcernMap(setup: MapSetup, #[prop(into)] filter: String) -> impl IntoView {
    setup.shown().then(|| {
        let (tiles, attribution) = setup.tiles.clone().unwrap_or_default();
        view! {
            <MapScripts/>
            <div class="map-box concerns-map" data-map="concerns" hidden=true data-tiles=tiles data-attribution=attribution
                data-boundaries="/districts.geojson" data-clusters=format!("/concerns/clusters.geojson?{filter}")
                data-text-cluster=t_args("map-cluster", &[("count".into(), "%s".into())])
                data-text-zoom-in=t("map-zoom-in") data-text-zoom-out=t("map-zoom-out")>
                <p class="hint">{t("map-concerns-hint")}</p>
                <div class="map" dir="ltr" role="region" aria-label=t("map-concerns-label")></div>
                <StatusLegend/>
                <MapNotes setup=setup.clone()/>
            </div>
        }
    })
}

/// What the map does not show, said plainly: no background, or boundaries
/// that are not the official ones.
#[component]
fn MapNotes(setup: MapSetup) -> impl IntoView {
    view! {
        {setup.tiles.is_none().then(|| view! { <p class="hint">{t("map-no-tiles")}</p> })}
        {setup.schematic.then(|| view! { <p class="hint map-schematic">{t("map-schematic")}</p> })}
    }
}

/// Each status's marker: a shape and a colour, never the colour alone.
#[component]
pub fn StatusLegend() -> impl IntoView {
    view! {
        <ul class="map-legend" aria-label=t("map-legend")>
            {Status::PUBLIC.into_iter().map(|s| view! {
                <li><span class=format!("concern-marker status-{s}") aria-hidden="true"><span></span></span>" "{t(&format!("status-{s}"))}</li>
            }).collect_view()}
            <li><span class="cluster" aria-hidden="true"><span>"5"</span></span>" "{t("map-legend-cluster")}</li>
        </ul>
    }
}
