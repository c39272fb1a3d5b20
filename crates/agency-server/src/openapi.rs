//! The OpenAPI document, generated from the handlers' annotations.

use axum::http::header;
use axum::response::IntoResponse;
use utoipa::OpenApi;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Child Support Agency API",
        version = "1.0.0",
        description = "The API a child support (IV-D) agency offers to the Child Support Self-Service app. \
                       Errors are application/problem+json (RFC 9457). Money is a decimal string; dates are calendar dates.",
        license(name = "Apache-2.0", identifier = "Apache-2.0"),
    ),
    paths(crate::routes::get_health, crate::routes::get_agency),
    components(schemas(agency_api::Problem)),
    tags(
        (name = "service", description = "Service health"),
        (name = "agency", description = "Who the agency is"),
    )
)]
pub struct ApiDoc;

/// The document as committed in `crates/agency-api/openapi.json`.
pub fn document() -> String {
    let mut doc = ApiDoc::openapi();
    doc.info.version = agency_api::API_VERSION.to_owned();
    let mut json = doc
        .to_pretty_json()
        .expect("the OpenAPI document serialises");
    json.push('\n');
    json
}

pub(crate) async fn serve() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "application/json")], document())
}
