//! A scripted browser for tests and the reliability harness: it does what a
//! parent does on the agency's sign-in page (fill in the form, submit it)
//! and follows the redirect to the app's loopback listener. It is not used
//! by the app.

use std::time::Duration;

/// Opens `authorize_url`, signs in as `username`, and follows the agency's
/// redirect back to the app. Errors are strings: the caller is a test.
pub async fn browser_sign_in(
    authorize_url: &str,
    username: &str,
    password: &str,
) -> Result<(), String> {
    let browser = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(30))
        .build()
        .map_err(|e| e.to_string())?;
    let page = browser
        .get(authorize_url)
        .send()
        .await
        .map_err(|e| e.to_string())?;
    if !page.status().is_success() {
        return Err(format!("the sign-in page answered {}", page.status()));
    }
    let form_action = page.url().clone();
    let html = page.text().await.map_err(|e| e.to_string())?;
    let mut fields = hidden_fields(&html);
    fields.push(("username".to_owned(), username.to_owned()));
    fields.push(("password".to_owned(), password.to_owned()));
    let posted = browser
        .post(form_action.as_str().split('?').next().unwrap_or_default())
        .form(&fields)
        .send()
        .await
        .map_err(|e| e.to_string())?;
    let location = posted
        .headers()
        .get(reqwest::header::LOCATION)
        .and_then(|v| v.to_str().ok())
        .ok_or_else(|| format!("the sign-in was refused ({})", posted.status()))?
        .to_owned();
    browser
        .get(&location)
        .send()
        .await
        .map_err(|e| e.to_string())?;
    Ok(())
}

/// The `<input type="hidden">` fields of a page, as name and value.
fn hidden_fields(html: &str) -> Vec<(String, String)> {
    html.split("<input")
        .skip(1)
        .filter(|tag| tag.contains("type=\"hidden\""))
        .filter_map(|tag| Some((attribute(tag, "name")?, attribute(tag, "value")?)))
        .collect()
}

fn attribute(tag: &str, name: &str) -> Option<String> {
    let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    let end = start + tag[start..].find('"')?;
    Some(
        tag[start..end]
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&"),
    )
}
