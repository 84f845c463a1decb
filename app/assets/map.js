// Quartier's maps: an enhancement of forms and lists that work without it.
// Without JavaScript, or without Leaflet, the boxes stay hidden and the
// page is complete. Every text comes from the page (data-text-*), written
// there in the reader's language; nothing from users is written as HTML.
(function () {
  'use strict';

  function text(box, name, value) {
    var t = box.getAttribute('data-text-' + name) || '';
    return value === undefined ? t : t.split('%s').join(value);
  }

  // Zoom buttons with the page's own words.
  function zoom(map, box) {
    L.control.zoom({ zoomInTitle: text(box, 'zoom-in'), zoomOutTitle: text(box, 'zoom-out') }).addTo(map);
  }

  function tiles(map, box) {
    var url = box.getAttribute('data-tiles');
    if (url) {
      L.tileLayer(url, { attribution: box.getAttribute('data-attribution') || '', maxZoom: 19 }).addTo(map);
    }
  }

  function json(url) {
    return fetch(url, { headers: { accept: 'application/json' }, credentials: 'same-origin' }).then(function (r) {
      return r.json().then(function (body) { return { ok: r.ok, body: body }; });
    });
  }

  function boundaries(map, box) {
    return json(box.getAttribute('data-boundaries')).then(function (r) {
      var layer = L.geoJSON(r.body, {
        style: { color: '#1d4f91', weight: 1.5, fillOpacity: 0.04 },
        interactive: false,
        filter: function (f) { return !!f.geometry; }
      }).addTo(map);
      var bounds = layer.getBounds();
      if (bounds.isValid()) map.fitBounds(bounds);
      return bounds;
    });
  }

  // The report form: a pin set by click, tap, arrow keys or the device's
  // position; the district and the coordinates go into the form's fields.
  function picker(box) {
    var form = box.closest('form');
    var lat = form.querySelector('[name=latitude]');
    var lon = form.querySelector('[name=longitude]');
    var district = form.querySelector('[name=district]');
    var address = form.querySelector('[name=address]');
    var searchUrl = box.getAttribute('data-search');
    var reverseUrl = box.getAttribute('data-reverse');
    var status = box.querySelector('.map-status');
    var el = box.querySelector('.map');
    var map = L.map(el, { keyboard: false, zoomSnap: 0.5, zoomControl: false });
    zoom(map, box);
    map.setView([50.978, 11.03], 12);
    tiles(map, box);
    var pin = null;
    var asked = 0;

    function query(point) {
      return '?lat=' + point.lat.toFixed(6) + '&lon=' + point.lng.toFixed(6);
    }

    // The district from Quartier, the address from the geocoder (when one
    // is configured and the person has not typed an address of their own).
    function locate(point) {
      var ask = ++asked;
      json(box.getAttribute('data-locate') + query(point)).then(function (r) {
        if (ask !== asked) return;
        if (r.ok && r.body.district) {
          district.value = String(r.body.district.id);
          status.textContent = text(box, 'placed', r.body.district.name);
        } else {
          status.textContent = (r.body && r.body.message) || text(box, 'outside');
        }
      }).catch(function () { status.textContent = text(box, 'failed'); });
      if (reverseUrl && address && (!address.value || address.getAttribute('data-filled') === '1')) {
        json(reverseUrl + query(point)).then(function (r) {
          if (ask !== asked || !r.ok || !r.body.address) return;
          address.value = r.body.address;
          address.setAttribute('data-filled', '1');
        }).catch(function () {});
      }
    }

    function place(point, quiet) {
      if (!pin) {
        pin = L.circleMarker(point, { radius: 9, color: '#b3261e', weight: 3, fillColor: '#ffffff', fillOpacity: 1 }).addTo(map);
      } else {
        pin.setLatLng(point);
      }
      lat.value = point.lat.toFixed(6);
      lon.value = point.lng.toFixed(6);
      if (!quiet) locate(point);
    }

    var typed = parseFloat((lat.value || '').replace(',', '.'));
    var typedLon = parseFloat((lon.value || '').replace(',', '.'));
    boundaries(map, box).then(function () {
      if (isFinite(typed) && isFinite(typedLon)) place(L.latLng(typed, typedLon), true);
    });

    map.on('click', function (e) { place(e.latlng); });

    // Address suggestions: a datalist the browser shows under the field;
    // choosing one sets the pin there.
    if (searchUrl && address) {
      var list = document.createElement('datalist');
      list.id = 'address-suggestions';
      form.appendChild(list);
      address.setAttribute('list', list.id);
      address.setAttribute('autocomplete', 'off');
      var found = [];
      var typing = null;
      address.addEventListener('input', function () {
        address.removeAttribute('data-filled');
        clearTimeout(typing);
        var hit = found.filter(function (f) { return f.label === address.value; })[0];
        if (hit) {
          var point = L.latLng(hit.lat, hit.lon);
          map.setView(point, Math.max(map.getZoom(), 16));
          place(point);
          return;
        }
        var q = address.value.trim();
        if (q.length < 3) return;
        typing = setTimeout(function () {
          json(searchUrl + '?q=' + encodeURIComponent(q)).then(function (r) {
            if (!r.ok || !Array.isArray(r.body)) return;
            found = r.body;
            list.textContent = '';
            found.forEach(function (f) {
              var option = document.createElement('option');
              option.value = f.label;
              list.appendChild(option);
            });
          }).catch(function () {});
        }, 350);
      });
    }

    var timer = null;
    el.addEventListener('keydown', function (e) {
      var step = e.shiftKey ? 50 : 10;
      var moves = { ArrowUp: [0, -step], ArrowDown: [0, step], ArrowLeft: [-step, 0], ArrowRight: [step, 0] };
      if (e.key === '+' || e.key === '=') { map.zoomIn(); e.preventDefault(); return; }
      if (e.key === '-') { map.zoomOut(); e.preventDefault(); return; }
      var move = moves[e.key];
      if (!move && e.key !== 'Enter' && e.key !== ' ') return;
      e.preventDefault();
      var at = pin ? map.latLngToContainerPoint(pin.getLatLng()) : map.getSize().divideBy(2);
      var next = move ? at.add(move) : at;
      var point = map.containerPointToLatLng(next);
      place(point, true);
      map.panInside(point, { padding: [20, 20] });
      clearTimeout(timer);
      timer = setTimeout(function () { locate(point); }, 300);
    });

    box.querySelector('[data-action=position]').addEventListener('click', function () {
      if (!navigator.geolocation) { status.textContent = text(box, 'no-position'); return; }
      status.textContent = text(box, 'finding');
      navigator.geolocation.getCurrentPosition(function (p) {
        var point = L.latLng(p.coords.latitude, p.coords.longitude);
        map.setView(point, Math.max(map.getZoom(), 16));
        place(point);
      }, function () { status.textContent = text(box, 'no-position'); }, { timeout: 10000 });
    });
    var without = box.querySelector('[data-action=without]');
    var withMap = box.querySelector('[data-action=with]');
    without.addEventListener('click', function () {
      box.querySelector('.map-area').hidden = true;
      without.hidden = true;
      withMap.hidden = false;
      withMap.focus();
    });
    withMap.addEventListener('click', function () {
      box.querySelector('.map-area').hidden = false;
      without.hidden = false;
      withMap.hidden = true;
      map.invalidateSize();
      el.focus();
    });
  }

  // A map of public concerns beside the list: clusters from the server,
  // each status with its own shape and colour.
  function concerns(box) {
    var el = box.querySelector('.map');
    var map = L.map(el, { keyboard: true, zoomControl: false });
    zoom(map, box);
    map.setView([50.978, 11.03], 12);
    tiles(map, box);
    var layer = L.layerGroup().addTo(map);
    var asked = 0;

    function marker(f) {
      var p = f.properties;
      var at = [f.geometry.coordinates[1], f.geometry.coordinates[0]];
      if (p.count > 1) {
        var icon = L.divIcon({ className: 'cluster', html: '<span></span>', iconSize: [36, 36] });
        var m = L.marker(at, { icon: icon, keyboard: false, title: text(box, 'cluster', String(p.count)) });
        m.on('add', function () { m.getElement().firstChild.textContent = String(p.count); });
        m.on('click', function () { map.setView(at, Math.min(map.getZoom() + 2, 19)); });
        return m;
      }
      var shape = L.divIcon({ className: 'concern-marker status-' + p.status, html: '<span></span>', iconSize: [22, 22] });
      var one = L.marker(at, { icon: shape, keyboard: false, title: p.title });
      one.on('click', function () { window.location.href = '/concerns/' + encodeURIComponent(p.reference); });
      return one;
    }

    function load() {
      var b = map.getBounds();
      var ask = ++asked;
      var bbox = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map(function (v) { return v.toFixed(5); }).join(',');
      json(box.getAttribute('data-clusters') + '&bbox=' + bbox + '&zoom=' + Math.round(map.getZoom())).then(function (r) {
        if (ask !== asked || !r.ok) return;
        layer.clearLayers();
        r.body.features.forEach(function (f) { layer.addLayer(marker(f)); });
      });
    }

    boundaries(map, box).then(function () { map.on('moveend', load); load(); });
  }

  function start() {
    if (!window.L) return;
    document.querySelectorAll('[data-map]').forEach(function (box) {
      box.hidden = false;
      if (box.getAttribute('data-map') === 'pick') picker(box); else concerns(box);
    });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
})();
