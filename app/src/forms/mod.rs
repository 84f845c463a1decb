//! Accessible form building blocks: every field has a label, an optional
//! hint and its error linked by `aria-describedby`; an error summary at the
//! top links to the fields. A form that failed keeps what was typed
//! (passwords excepted), because the server re-renders it with [`FormState`].
use crate::error::FieldError;
use crate::i18n::{t, t_args};
use crate::viewer::Viewer;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// What a person typed and what was wrong with it, handed to the page when
/// the server renders a form again after a failed submit.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct FormState {
    pub values: HashMap<String, String>,
    pub errors: Vec<FieldError>,
}

impl FormState {
    pub fn current() -> Option<FormState> {
        use_context::<FormState>()
    }

    pub fn value(name: &str) -> Option<String> {
        Self::current().and_then(|s| s.values.get(name).cloned())
    }

    fn error(name: &str) -> Option<FieldError> {
        Self::current().and_then(|s| s.errors.into_iter().find(|e| e.field == name))
    }

    /// The translated error of a field, for forms built without [`Field`].
    pub fn error_text(name: &str) -> Option<String> {
        Self::error(name).map(|e| message(&e))
    }

    /// The error of a field in a given language (inside a survey shown in
    /// another language than the page).
    pub fn error_text_in(name: &str, lang: &str, plain: bool) -> Option<String> {
        Self::error(name).map(|e| crate::i18n::t_in(lang, plain, &e.message, &e.args))
    }
}

fn message(e: &FieldError) -> String {
    if e.args.is_empty() { t(&e.message) } else { t_args(&e.message, &e.args) }
}

/// The hidden CSRF field every state-changing form carries.
#[component]
pub fn CsrfField() -> impl IntoView {
    view! { <input type="hidden" name="_csrf" value=Viewer::current().csrf/> }
}

/// The error summary at the top of a form. It takes focus when the page
/// loads so screen-reader and keyboard users land on it.
#[component]
pub fn ErrorSummary() -> impl IntoView {
    let errors = FormState::current().map(|s| s.errors).unwrap_or_default();
    (!errors.is_empty()).then(|| {
        view! {
            <div class="error-summary" role="alert" tabindex="-1" id="error-summary" autofocus>
                <h2>{t("form-error-summary")}</h2>
                <ul>
                    {errors.into_iter().map(|e| {
                        let text = message(&e);
                        if e.field.is_empty() {
                            view! { <li>{text}</li> }.into_any()
                        } else {
                            view! { <li><a href=format!("#field-{}", e.field)>{text}</a></li> }.into_any()
                        }
                    }).collect_view()}
                </ul>
            </div>
        }
    })
}

/// A labelled input. `kind` is the HTML input type.
#[component]
pub fn Field(
    #[prop(into)] name: String,
    #[prop(into)] label: String,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional)] required: bool,
    #[prop(optional)] maxlength: Option<u32>,
    #[prop(optional, into)] value: Option<String>,
    /// Id of a `<datalist>` with suggestions.
    #[prop(optional)] list: Option<&'static str>,
    /// An error found while loading the page (a link with a used code),
    /// shown when the submitted form brought none.
    #[prop(default = None)] error: Option<String>,
) -> impl IntoView {
    let id = format!("field-{name}");
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let error = FormState::error(&name).or_else(|| error.map(|key| FieldError::new(&name, &key)));
    // A password is never sent back to the browser.
    let value = if kind == "password" { None } else { FormState::value(&name).or(value) };
    let described = [hint.as_ref().map(|_| hint_id.clone()), error.as_ref().map(|_| error_id.clone())]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    view! {
        <div class="field" class:field-error=error.is_some()>
            <label for=id.clone()>{label}{required.then(|| view! { <span class="required">" *"</span> })}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{h}</p> })}
            {error.as_ref().map(|e| view! { <p class="error" id=error_id.clone()>{message(e)}</p> })}
            <input
                id=id
                name=name
                type=kind
                value=value
                autocomplete=autocomplete
                list=list
                required=required
                maxlength=maxlength.map(|m| m.to_string())
                aria-invalid=error.is_some().then_some("true")
                aria-describedby=(!described.is_empty()).then_some(described)
            />
        </div>
    }
}

/// A labelled multi-line text field.
#[component]
pub fn TextArea(
    #[prop(into)] name: String,
    #[prop(into)] label: String,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional, into)] value: Option<String>,
    #[prop(optional)] maxlength: Option<u32>,
) -> impl IntoView {
    let id = format!("field-{name}");
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let error = FormState::error(&name);
    let value = FormState::value(&name).or(value).unwrap_or_default();
    let described = [hint.as_ref().map(|_| hint_id.clone()), error.as_ref().map(|_| error_id.clone())]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    view! {
        <div class="field" class:field-error=error.is_some()>
            <label for=id.clone()>{label}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{h}</p> })}
            {error.as_ref().map(|e| view! { <p class="error" id=error_id.clone()>{message(e)}</p> })}
            <TextAreaInput
                id=id
                name=name
                rows=4
                value=value
                maxlength=maxlength
                invalid=error.is_some()
                described=(!described.is_empty()).then_some(described)
            />
        </div>
    }
}

/// The one `<textarea>` element of Quartier. Leptos writes a textarea's
/// children raw, so the value is escaped here (see [`crate::html`]); every
/// multi-line field uses this component instead of a bare `<textarea>`.
#[component]
pub fn TextAreaInput(
    #[prop(into)] id: String,
    #[prop(into)] name: String,
    rows: u32,
    #[prop(into)] value: String,
    #[prop(default = None)] maxlength: Option<u32>,
    #[prop(optional)] invalid: bool,
    #[prop(default = None)] described: Option<String>,
) -> impl IntoView {
    let value = crate::html::raw_text(&value).into_owned();
    view! {
        <textarea
            id=id
            name=name
            rows=rows.to_string()
            maxlength=maxlength.map(|m| m.to_string())
            aria-invalid=invalid.then_some("true")
            aria-describedby=described
        >{value}</textarea>
    }
}

/// A labelled choice from a list of (value, label) pairs.
#[component]
pub fn Select(
    #[prop(into)] name: String,
    #[prop(into)] label: String,
    options: Vec<(String, String)>,
    #[prop(optional, into)] value: Option<String>,
    #[prop(optional)] empty: Option<String>,
) -> impl IntoView {
    let id = format!("field-{name}");
    let error_id = format!("{id}-error");
    let error = FormState::error(&name);
    let selected = FormState::value(&name).or(value).unwrap_or_default();
    view! {
        <div class="field" class:field-error=error.is_some()>
            <label for=id.clone()>{label}</label>
            {error.as_ref().map(|e| view! { <p class="error" id=error_id.clone()>{message(e)}</p> })}
            <select
                id=id
                name=name
                aria-invalid=error.is_some().then_some("true")
                aria-describedby=error.is_some().then_some(error_id.clone())
            >
                {empty.map(|e| view! { <option value="">{e}</option> })}
                {options.into_iter().map(|(v, l)| {
                    let is = v == selected;
                    view! { <option value=v selected=is>{l}</option> }
                }).collect_view()}
            </select>
        </div>
    }
}

/// A group of checkboxes sharing one name, e.g. the districts a forum covers.
#[component]
pub fn CheckboxGroup(
    #[prop(into)] name: String,
    #[prop(into)] legend: String,
    options: Vec<(String, String)>,
    checked: Vec<String>,
) -> impl IntoView {
    let error = FormState::error(&name);
    let checked = FormState::current()
        .and_then(|s| s.values.get(&name).map(|v| v.split(',').map(str::to_string).collect::<Vec<_>>()))
        .unwrap_or(checked);
    view! {
        <fieldset class="field checkbox-group" id=format!("field-{name}")>
            <legend>{legend}</legend>
            {error.as_ref().map(|e| view! { <p class="error">{message(e)}</p> })}
            <div class="checkbox-columns">
            {options.into_iter().map(|(v, l)| {
                let id = format!("{name}-{v}");
                let is = checked.contains(&v);
                view! {
                    <div class="checkbox">
                        <input type="checkbox" id=id.clone() name=name.clone() value=v checked=is/>
                        <label for=id>{l}</label>
                    </div>
                }
            }).collect_view()}
            </div>
        </fieldset>
    }
}

/// A single checkbox with its label.
#[component]
pub fn Checkbox(#[prop(into)] name: String, #[prop(into)] label: String, checked: bool) -> impl IntoView {
    let id = format!("field-{name}");
    let checked = FormState::current()
        .map(|s| s.values.get(&name).is_some_and(|v| !v.is_empty()))
        .unwrap_or(checked);
    view! {
        <div class="field checkbox">
            <input type="checkbox" id=id.clone() name=name value="on" checked=checked/>
            <label for=id>{label}</label>
        </div>
    }
}

/// A labelled file upload. Browsers never send a chosen file back, so after
/// a failed submit the hint asks to choose the files again.
#[component]
pub fn FileField(
    #[prop(into)] name: String,
    #[prop(into)] label: String,
    #[prop(into)] hint: String,
    accept: &'static str,
    #[prop(optional)] multiple: bool,
) -> impl IntoView {
    let id = format!("field-{name}");
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let error = FormState::error(&name);
    let described = if error.is_some() { format!("{hint_id} {error_id}") } else { hint_id.clone() };
    view! {
        <div class="field" class:field-error=error.is_some()>
            <label for=id.clone()>{label}</label>
            <p class="hint" id=hint_id>{hint}</p>
            {error.as_ref().map(|e| view! { <p class="error" id=error_id>{message(e)}</p> })}
            <input
                id=id
                name=name
                type="file"
                accept=accept
                multiple=multiple
                aria-invalid=error.is_some().then_some("true")
                aria-describedby=described
            />
        </div>
    }
}
