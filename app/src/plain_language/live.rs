//! The plain-language check beside a text field, live while typing.
use crate::error::PageError;
use domain::plain_language::hint_lines;
use leptos::prelude::*;

/// The check for the live hints while typing, in the reader's language.
#[server(endpoint = "plain-check", input = leptos::server_fn::codec::GetUrl)]
pub async fn plain_check(text: String, lang: String) -> Result<Vec<String>, PageError> {
    // The longest text a survey holds, with room to spare.
    if text.chars().count() > 5000 {
        return Err(crate::error::AppError::invalid("", "error-invalid").into());
    }
    let viewer = crate::viewer::Viewer::current();
    let tr = |id: &str, args: &[(String, String)]| {
        let args = args.iter().map(|(k, v)| (std::borrow::Cow::Owned(k.clone()), fluent_templates::fluent_bundle::FluentValue::from(v.clone()))).collect();
        crate::i18n::translate_with(&viewer.lang, viewer.plain, id, &args)
    };
    Ok(hint_lines(&text, &lang, &tr))
}

/// A text field with the check's hints beside it. Without JavaScript the
/// hints are those of the text as sent (the form's "check" button sends
/// it); hydrated, they follow the typing, asked from the server after a
/// short pause.
#[component]
pub fn PlainCheck(#[prop(into)] text: String, #[prop(into)] lang: String, children: Children) -> impl IntoView {
    let initial = hint_lines(&text, &lang, &|id: &str, args: &[(String, String)]| if args.is_empty() { crate::i18n::t(id) } else { crate::i18n::t_args(id, args) });
    view! { <LivePlainCheck lang initial>{children()}</LivePlainCheck> }
}

#[island]
fn LivePlainCheck(lang: String, initial: Vec<String>, children: Children) -> impl IntoView {
    let (lines, set_lines) = signal(initial);
    let typed = StoredValue::new(0u64);
    let on_input = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        let lang = lang.clone();
        let version = typed.get_value() + 1;
        typed.set_value(version);
        set_timeout(
            move || {
                if typed.get_value() != version {
                    return;
                }
                leptos::task::spawn_local(async move {
                    if let Ok(found) = plain_check(text, lang).await {
                        if typed.get_value() == version {
                            set_lines.set(found);
                        }
                    }
                });
            },
            std::time::Duration::from_millis(400),
        );
    };
    view! {
        <div class="checked-field" on:input=on_input>
            {children()}
            <div class="plain-check" aria-live="polite">
                {move || lines.get().into_iter().map(|l| view! { <p>{l}</p> }).collect_view()}
            </div>
        </div>
    }
}
