import type { AddressForm } from "../../bindings/AddressForm";
import type { ApplicantForm } from "../../bindings/ApplicantForm";
import type { ApplicationForm } from "../../bindings/ApplicationForm";
import type { OtherParentForm } from "../../bindings/OtherParentForm";
import { useText } from "../../l10n/useText";
import { AddressFields, Checkbox, GroupFieldset, MemorableDate, TextArea, TextInput } from "./fields";
import { inputId, type Edit } from "./form";

interface StepProps {
  form: ApplicationForm;
  edit: Edit;
}

/** Step 1: the parent who applies. */
export function AboutYouStep({ form, edit }: StepProps) {
  const t = useText();
  const applicant = form.applicant;
  const set = (change: Partial<ApplicantForm>) => edit((f) => ({ ...f, applicant: { ...f.applicant, ...change } }));
  const setAddress = (change: Partial<AddressForm>) =>
    edit((f) => ({ ...f, applicant: { ...f.applicant, address: { ...f.applicant.address, ...change } } }));
  return (
    <>
      <p className="app-apply__intro">{t("apply-about-intro")}</p>
      <TextInput
        field="applicant.given_name"
        label={t("apply-given_name")}
        value={applicant.given_name}
        onChange={(given_name) => set({ given_name })}
        autoComplete="given-name"
      />
      <TextInput
        field="applicant.family_name"
        label={t("apply-family_name")}
        value={applicant.family_name}
        onChange={(family_name) => set({ family_name })}
        autoComplete="family-name"
      />
      <MemorableDate
        field="applicant.date_of_birth"
        legend={t("apply-dob")}
        hint={t("apply-dob-hint")}
        value={applicant.date_of_birth}
        onChange={(date_of_birth) => set({ date_of_birth })}
        own
      />
      <TextInput
        field="applicant.ssn"
        label={t("apply-ssn")}
        hint={t("apply-ssn-hint")}
        value={applicant.ssn}
        onChange={(ssn) => set({ ssn })}
        inputMode="numeric"
        width="medium"
      />
      <TextInput
        field="applicant.phone"
        label={t("apply-phone")}
        hint={t("apply-phone-hint")}
        value={applicant.phone}
        onChange={(phone) => set({ phone })}
        type="tel"
        autoComplete="tel"
        width="medium"
      />
      <TextInput
        field="applicant.email"
        label={t("apply-email")}
        hint={t("apply-email-hint")}
        value={applicant.email}
        onChange={(email) => set({ email })}
        type="email"
        autoComplete="email"
      />
      <AddressFields field="applicant.address" legend={t("apply-address")} value={applicant.address} onChange={setAddress} own />
      <GroupFieldset field="applicant.benefits" legend={t("apply-benefits")} hint={t("apply-benefits-hint")}>
        <Checkbox
          id={inputId("applicant.receives_tanf")}
          label={t("apply-receives_tanf")}
          hint={t("apply-receives_tanf-hint")}
          checked={applicant.receives_tanf}
          onChange={(receives_tanf) => set({ receives_tanf })}
        />
        <Checkbox
          id={inputId("applicant.receives_medicaid")}
          label={t("apply-receives_medicaid")}
          hint={t("apply-receives_medicaid-hint")}
          checked={applicant.receives_medicaid}
          onChange={(receives_medicaid) => set({ receives_medicaid })}
        />
      </GroupFieldset>
    </>
  );
}

/** Step 2: what the parent knows of the other parent; every answer may stay blank. */
export function OtherParentStep({ form, edit }: StepProps) {
  const t = useText();
  const other = form.other_parent;
  const set = (change: Partial<OtherParentForm>) => edit((f) => ({ ...f, other_parent: { ...f.other_parent, ...change } }));
  const setAddress = (change: Partial<AddressForm>) =>
    edit((f) => ({ ...f, other_parent: { ...f.other_parent, address: { ...f.other_parent.address, ...change } } }));
  return (
    <>
      <p className="app-apply__intro" id="apply-other-intro">
        {t("apply-other-intro")}
      </p>
      <p className="app-apply__note">{t("apply-other-why")}</p>
      <TextInput
        field="other_parent.given_name"
        label={t("apply-given_name")}
        value={other.given_name}
        onChange={(given_name) => set({ given_name })}
      />
      <TextInput
        field="other_parent.family_name"
        label={t("apply-family_name")}
        value={other.family_name}
        onChange={(family_name) => set({ family_name })}
      />
      <TextArea
        field="other_parent.aliases"
        label={t("apply-aliases")}
        hint={t("apply-aliases-hint")}
        value={other.aliases}
        onChange={(aliases) => set({ aliases })}
      />
      <MemorableDate
        field="other_parent.date_of_birth"
        legend={t("apply-dob")}
        hint={t("apply-other-dob-hint")}
        value={other.date_of_birth}
        onChange={(date_of_birth) => set({ date_of_birth })}
      />
      <TextInput
        field="other_parent.ssn"
        label={t("apply-other-ssn")}
        hint={t("apply-other-ssn-hint")}
        value={other.ssn}
        onChange={(ssn) => set({ ssn })}
        inputMode="numeric"
        width="medium"
      />
      <AddressFields
        field="other_parent.address"
        legend={t("apply-other-address")}
        hint={t("apply-other-address-hint")}
        value={other.address}
        onChange={setAddress}
        own={false}
      />
      <TextInput
        field="other_parent.phone"
        label={t("apply-other-phone")}
        hint={t("apply-phone-hint")}
        value={other.phone}
        onChange={(phone) => set({ phone })}
        type="tel"
        width="medium"
      />
      <TextInput
        field="other_parent.employer"
        label={t("apply-employer")}
        hint={t("apply-employer-hint")}
        value={other.employer}
        onChange={(employer) => set({ employer })}
      />
      <TextArea
        field="other_parent.description"
        label={t("apply-description")}
        hint={t("apply-description-hint")}
        value={other.description}
        onChange={(description) => set({ description })}
      />
    </>
  );
}
