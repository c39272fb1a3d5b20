//! One-time authorization codes (RFC 6749 §4.1.2) and their exchange for a
//! first pair of tokens (RFC 6749 §4.1.3, RFC 7636 §4.6).

use super::pkce;
use super::secrets::{digest, now, random_secret};
use super::tokens::{self, GrantError, Issued};
use crate::db::Db;

/// A code lives one minute: the app exchanges it at once (RFC 6749 §4.1.2
/// recommends ten minutes at most).
pub(crate) const CODE_TTL_SECS: i64 = 60;

pub(crate) struct NewCode<'a> {
    pub(crate) client_id: &'a str,
    pub(crate) participant_id: &'a str,
    pub(crate) redirect_uri: &'a str,
    pub(crate) code_challenge: &'a str,
}

/// Stores a new code and returns it; only its digest is kept.
pub(crate) async fn create(db: &Db, new: NewCode<'_>) -> Result<String, sqlx::Error> {
    let code = random_secret();
    sqlx::query(
        "INSERT INTO oauth_codes (code_hash, client_id, participant_id, redirect_uri, \
         code_challenge, expires_at) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(digest(&code))
    .bind(new.client_id)
    .bind(new.participant_id)
    .bind(new.redirect_uri)
    .bind(new.code_challenge)
    .bind(now() + CODE_TTL_SECS)
    .execute(db.pool())
    .await?;
    Ok(code)
}

/// client_id, participant_id, redirect_uri, code_challenge, expires_at,
/// used, family_id.
type CodeRow = (String, String, String, String, i64, i64, Option<String>);

pub(crate) struct Exchange<'a> {
    pub(crate) code: &'a str,
    pub(crate) client_id: &'a str,
    pub(crate) redirect_uri: &'a str,
    pub(crate) code_verifier: &'a str,
}

/// Exchanges a code for tokens. The code is spent by the first attempt,
/// whether or not it succeeds; a second use of a code that was exchanged
/// revokes the tokens it produced (RFC 6749 §4.1.2, §10.5).
pub(crate) async fn exchange(db: &Db, ex: Exchange<'_>) -> Result<Issued, GrantError> {
    let mut tx = db.pool().begin().await?;
    let hash = digest(ex.code);
    let row: Option<CodeRow> = sqlx::query_as(
        "SELECT client_id, participant_id, redirect_uri, code_challenge, expires_at, used, family_id \
         FROM oauth_codes WHERE code_hash = $1",
    )
    .bind(&hash)
    .fetch_optional(&mut *tx)
    .await?;
    let Some((client_id, participant_id, redirect_uri, challenge, expires_at, used, family)) = row
    else {
        return Err(GrantError::invalid("the authorization code is not valid"));
    };
    let spent = sqlx::query("UPDATE oauth_codes SET used = 1 WHERE code_hash = $1 AND used = 0")
        .bind(&hash)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    if used != 0 || spent != 1 {
        if let Some(family) = family {
            tokens::revoke_family(&mut tx, &family).await?;
        }
        tx.commit().await?;
        tracing::warn!("an authorization code was used twice; its tokens are revoked");
        return Err(GrantError::invalid(
            "the authorization code was already used",
        ));
    }
    let refusal = if expires_at <= now() {
        Some("the authorization code has expired")
    } else if client_id != ex.client_id {
        Some("the authorization code was issued to another client")
    } else if redirect_uri != ex.redirect_uri {
        // RFC 6749 §4.1.3: identical to the authorization request's.
        Some("redirect_uri does not match the authorization request")
    } else if !pkce::verify_s256(ex.code_verifier, &challenge) {
        Some("code_verifier does not match the code challenge")
    } else {
        None
    };
    if let Some(reason) = refusal {
        tx.commit().await?;
        return Err(GrantError::invalid(reason));
    }
    let family = tokens::new_family(&mut tx, &participant_id, &client_id).await?;
    sqlx::query("UPDATE oauth_codes SET family_id = $1 WHERE code_hash = $2")
        .bind(&family)
        .bind(&hash)
        .execute(&mut *tx)
        .await?;
    let issued = tokens::issue_pair(&mut tx, &family).await?;
    tx.commit().await?;
    tracing::info!(participant = %participant_id, "signed in");
    Ok(issued)
}
