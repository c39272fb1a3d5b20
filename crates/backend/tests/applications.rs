//! Applying for services through the backend's public API, against a real
//! reference agency over HTTP on loopback: the draft, the check, exactly one
//! delivery, and the status that comes back.

mod common;

use agency_api::{ApplicationStatus, Paternity, Service};
use backend::{
    AddressForm, ApplicantForm, ApplicationDraft, ApplicationForm, Backend, ChildForm, ErrorCode,
    FieldProblem, MemorySecrets, OutboxState, SecretStore, SignatureForm,
};
use common::{Persistent, backend, sign_in, start_agency};
use std::sync::Arc;
use std::time::Duration;

fn form() -> ApplicationForm {
    ApplicationForm {
        applicant: ApplicantForm {
            given_name: "Grace".into(),
            family_name: "Kim".into(),
            date_of_birth: "04/02/1990".into(),
            ssn: "123-45-6789".into(),
            email: "grace.kim@example.org".into(),
            address: AddressForm {
                line1: "40 Lake St".into(),
                city: "Madison".into(),
                state: "WI".into(),
                zip: "53703".into(),
                ..AddressForm::default()
            },
            receives_medicaid: true,
            ..ApplicantForm::default()
        },
        children: vec![ChildForm {
            given_name: "Mina".into(),
            family_name: "Kim".into(),
            date_of_birth: "2019-03-09".into(),
            paternity: Some(Paternity::NotEstablished),
        }],
        services: vec![Service::EstablishPaternity, Service::EstablishOrder],
        signature: SignatureForm {
            typed_name: "Grace Kim".into(),
            consent: true,
        },
        ..ApplicationForm::default()
    }
}

async fn delivered_receipt(backend: &Backend, id: &str) -> String {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
    loop {
        let items = backend.outbox().await.unwrap();
        let item = items.iter().find(|i| i.id == id).unwrap();
        if let OutboxState::Delivered { receipt, .. } = &item.state {
            return receipt.clone();
        }
        assert!(tokio::time::Instant::now() < deadline, "{items:?}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_draft_survives_a_restart_and_the_application_is_delivered_once() {
    let dir = tempfile::tempdir().unwrap();
    let agency = start_agency(dir.path()).await;
    let secrets: Arc<dyn SecretStore> = Arc::new(Persistent(MemorySecrets::new()));
    let data = dir.path().join("data");

    let first = backend(&agency, &data, secrets.clone()).await;
    let err = first.application_draft().await.unwrap_err();
    assert_eq!(err.code, ErrorCode::NotSignedIn);
    sign_in(&first, "P-1005").await;
    assert_eq!(first.application_draft().await.unwrap(), None);

    let mut half_done = form();
    half_done.signature = SignatureForm::default();
    let saved = first
        .save_application_draft(ApplicationDraft {
            form: half_done.clone(),
            step: 3,
            saved_at: String::new(),
        })
        .await
        .unwrap();
    assert!(!saved.saved_at.is_empty());
    first.close().await;

    // The app restarts: the draft is there, where the parent left it.
    let second = backend(&agency, &data, secrets).await;
    let draft = second.application_draft().await.unwrap().unwrap();
    assert_eq!((draft.form, draft.step), (half_done.clone(), 3));

    // Not signable yet: the check names the fields, and submitting refuses.
    let issues = second.check_application(&half_done);
    let named: Vec<_> = issues
        .iter()
        .map(|i| (i.field.as_str(), i.problem))
        .collect();
    assert_eq!(
        named,
        [
            ("signature.typed_name", FieldProblem::Required),
            ("signature.consent", FieldProblem::ConsentRequired),
        ]
    );
    let err = second.submit_application(&half_done).await.unwrap_err();
    assert_eq!(
        (err.code, err.field.as_deref(), err.reason.as_deref()),
        (
            ErrorCode::InvalidInput,
            Some("signature.typed_name"),
            Some("required")
        )
    );
    assert!(second.outbox().await.unwrap().is_empty());

    // Signed and sent: the draft is gone, the agency holds exactly one.
    assert!(second.check_application(&form()).is_empty());
    let item = second.submit_application(&form()).await.unwrap();
    assert_eq!(second.application_draft().await.unwrap(), None);
    let receipt = delivered_receipt(&second, &item.id).await;
    assert!(receipt.starts_with("AP-"), "{receipt}");

    // The sync after delivery brings the application and its status.
    let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
    let application = loop {
        let submissions = second.submissions().await.unwrap();
        if let Some(a) = submissions.applications.iter().find(|a| a.id == receipt) {
            assert!(submissions.as_of.is_some());
            break a.clone();
        }
        assert!(tokio::time::Instant::now() < deadline);
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    assert_eq!(application.status, ApplicationStatus::Received);
    assert_eq!(
        application.fee,
        rust_decimal::Decimal::ZERO,
        "Medicaid: no fee"
    );
    assert_eq!(application.children, 1);
    assert_eq!(application.timeline.len(), 1);
    let submissions = second.submissions().await.unwrap();
    assert_eq!(submissions.applications.len(), 1);
    second.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn each_parent_has_a_draft_of_their_own() {
    let dir = tempfile::tempdir().unwrap();
    let agency = start_agency(dir.path()).await;
    let secrets: Arc<dyn SecretStore> = Arc::new(Persistent(MemorySecrets::new()));
    let backend = backend(&agency, &dir.path().join("data"), secrets).await;
    sign_in(&backend, "P-1005").await;
    backend
        .save_application_draft(ApplicationDraft {
            form: form(),
            step: 1,
            saved_at: String::new(),
        })
        .await
        .unwrap();
    backend.sign_out().await.unwrap();
    sign_in(&backend, "P-1001").await;
    assert_eq!(backend.application_draft().await.unwrap(), None);
    backend.discard_application_draft().await.unwrap();
    backend.sign_out().await.unwrap();
    sign_in(&backend, "P-1005").await;
    assert_eq!(backend.application_draft().await.unwrap().unwrap().step, 1);
    backend.discard_application_draft().await.unwrap();
    assert_eq!(backend.application_draft().await.unwrap(), None);
    backend.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_review_is_checked_against_the_cases_order_under_its_states_rules() {
    use backend::ModificationQuestion;
    use backend::guidelines::Verdict;
    let dir = tempfile::tempdir().unwrap();
    let agency = start_agency(dir.path()).await;
    let secrets: Arc<dyn SecretStore> = Arc::new(Persistent(MemorySecrets::new()));
    let backend = backend(&agency, &dir.path().join("data"), secrets).await;
    sign_in(&backend, "P-1002").await;
    backend.sync_now().await;

    let question = |estimate: &str| ModificationQuestion {
        case_id: "C-1001".into(),
        estimated_monthly: estimate.into(),
        income_before: None,
        income_after: None,
    };
    // C-1001: $450.00 a month in Wisconsin since January 2024, more than
    // 33 months ago.
    let answer = backend
        .modification_check(&question("$412.50"))
        .await
        .unwrap();
    assert_eq!(answer.current_monthly, "450.00".parse().unwrap());
    assert_eq!(answer.eligibility.difference, "-37.50".parse().unwrap());
    assert_eq!(answer.eligibility.verdict, Verdict::Meets);
    assert!(answer.eligibility.citation.contains("767.59"));
    assert_eq!(
        answer.eligibility.reasons.last().map(|n| n.key.as_str()),
        Some("common-mod-may-ask-anyway")
    );

    let err = backend
        .modification_check(&question("12.345"))
        .await
        .unwrap_err();
    assert_eq!(
        (err.code, err.field.as_deref(), err.reason.as_deref()),
        (
            ErrorCode::InvalidInput,
            Some("estimated_monthly"),
            Some("invalid_amount")
        )
    );
    let other = ModificationQuestion {
        case_id: "C-1002".into(),
        ..question("400")
    };
    let err = backend.modification_check(&other).await.unwrap_err();
    assert_eq!(err.reason.as_deref(), Some("unknown_case"));
    backend.close().await;
}
