//! The everyday journeys of issue 14 in headless Chromium, with and without
//! JavaScript: joining a forum and writing to it, choosing the public name
//! and a new address on the account page, merging with a picked concern and
//! a confirmation, and finding and inviting people as an admin.
use crate::harness::browser::Browser;
use crate::harness::{Backend, TestApp, ADMIN, MODERATOR, RESIDENT};
use crate::on_both_databases;
use crate::survey_browser::{send, sign_in, sign_out};

on_both_databases!(everyday_forms_with_javascript, everyday_forms_without_javascript);

async fn everyday_forms_with_javascript(backend: Backend) {
    everyday_forms(backend, true).await;
}

async fn everyday_forms_without_javascript(backend: Backend) {
    everyday_forms(backend, false).await;
}

async fn everyday_forms(backend: Backend, javascript: bool) {
    let app = TestApp::spawn(backend).await;
    let first = crate::journeys::concern(&app, "Schlagloch in der Schleizer Straße").await.0;
    let second = crate::journeys::concern(&app, "Schlagloch Schleizer Straße").await.0;
    let roter_berg = crate::surveys::forum_id(&app, "Ortsteilrat Roter Berg").await;
    let berliner_platz = crate::surveys::forum_id(&app, "Nachbarschaftsforum Berliner Platz").await;
    let b = Browser::start(javascript).await;

    // A resident joins a forum and leaves it again.
    sign_in(&b, &app, RESIDENT).await;
    b.goto(&app.url(&format!("/forums/{roter_berg}"))).await;
    b.click("form[action$='/join'] button").await;
    b.wait_for_text("Willkommen! Sie sind jetzt Mitglied.").await;
    b.click("form[action$='/leave'] button").await;
    b.wait_for_text("Sie sind nicht mehr Mitglied.").await;

    // Writing to a forum: a missing message is named, the address stays.
    b.goto(&app.url(&format!("/forums/{berliner_platz}"))).await;
    b.fill("#field-email", "nachbarin@example.org").await;
    send(&b, "#field-message").await;
    b.wait_for_text("Bitte füllen Sie dieses Feld aus.").await;
    assert_eq!(b.attr("#field-email", "value").await.as_deref(), Some("nachbarin@example.org"));
    b.fill("#field-message", "Wann trifft sich das Forum?").await;
    send(&b, "#field-message").await;
    b.wait_for_text("Ihre Nachricht ist unterwegs.").await;
    app.smtp.wait_for_text(MODERATOR, "Wann trifft sich das Forum?").await;

    // The account page: show my name; a new address needs the password.
    b.goto(&app.url("/account")).await;
    b.click("#field-show_name").await;
    send(&b, "#field-display_name").await;
    b.wait_for_text("Ihre Einstellungen sind gespeichert.").await;
    b.goto(&app.url(&format!("/concerns/{first}"))).await;
    assert!(b.text().await.contains("Gemeldet") && b.text().await.contains("· Rana Bewohnerin"), "{}", b.text().await);
    b.goto(&app.url("/account")).await;
    b.fill("#field-new_email", "rana@example.org").await;
    b.fill("#field-email_password", "falsch").await;
    send(&b, "#field-new_email").await;
    b.wait_for_text("Das bisherige Passwort stimmt nicht.").await;
    assert_eq!(b.attr("#field-new_email", "value").await.as_deref(), Some("rana@example.org"));
    sign_out(&b).await;

    // A moderator merges: the similar concern is offered, and asked for.
    sign_in(&b, &app, MODERATOR).await;
    b.goto(&app.url(&format!("/concerns/{second}"))).await;
    b.click(&format!("input[name=pick][value='{first}']")).await;
    send(&b, "#field-confirm").await;
    b.wait_for_text("Bitte bestätigen Sie, dass beide Anliegen dasselbe meinen.").await;
    b.click("#field-confirm").await;
    send(&b, "#field-confirm").await;
    b.wait_for_text("Die Anliegen sind zusammengeführt.").await;
    sign_out(&b).await;

    // An admin finds people and invites a new office worker.
    sign_in(&b, &app, ADMIN).await;
    b.goto(&app.url("/admin/roles")).await;
    b.fill("#field-q", "tiefbau").await;
    send(&b, "#field-q").await;
    b.wait_for_text("Gefundene Personen").await;
    assert!(b.text().await.contains("Otto Tiefbau"));
    b.goto(&app.url("/admin/roles")).await;
    let office = app.scalar("SELECT id AS n FROM office WHERE code = '66'").await;
    b.fill("#field-email", "nele@erfurt.example").await;
    b.fill("#field-name", "Nele Neu").await;
    b.select("#field-role", &format!("office:{office}")).await;
    send(&b, "#field-name").await;
    b.wait_for_text("Eingeladen.").await;
    app.smtp.wait_for("nele@erfurt.example", 1).await;
    b.close().await;
    app.finish().await;
}
