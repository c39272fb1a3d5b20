import type { Paternity } from "../../bindings/agency/Paternity";
import type { ApplicationForm } from "../../bindings/ApplicationForm";
import type { ChildForm } from "../../bindings/ChildForm";
import type { OrderForm } from "../../bindings/OrderForm";
import { useText } from "../../l10n/useText";
import { FormGroup } from "../estimate/inputs";
import { describedBy, FieldErrorMessage, MemorableDate, StateSelect, TextInput, useFieldError } from "./fields";
import { emptyChild, emptyOrder, errorIdOf, inputId, MAX_CHILDREN, MAX_ORDERS, PATERNITY, type Edit } from "./form";

interface ListStepProps {
  form: ApplicationForm;
  edit: Edit;
  /** Puts focus on an element once the change is shown. */
  focus(id: string): void;
  /** Says something to screen readers (a polite live region). */
  announce(text: string): void;
}

function PaternityField({ index, value, onChange }: { index: number; value: Paternity | null; onChange(value: Paternity): void }) {
  const t = useText();
  const field = `children.${index}.paternity`;
  const id = inputId(field);
  const error = useFieldError(field);
  return (
    <FormGroup error={Boolean(error)}>
      <fieldset className="usa-fieldset" id={id} aria-describedby={error ? errorIdOf(field) : undefined}>
        <legend className="usa-legend">{t("apply-paternity")}</legend>
        <FieldErrorMessage field={field} error={error} />
        {PATERNITY.map((paternity) => (
          <div key={paternity} className="usa-radio">
            <input
              className="usa-radio__input usa-radio__input--tile"
              id={`${id}-${paternity}`}
              type="radio"
              name={id}
              value={paternity}
              checked={value === paternity}
              onChange={() => onChange(paternity)}
              aria-describedby={error ? errorIdOf(field) : undefined}
            />
            <label className="usa-radio__label" htmlFor={`${id}-${paternity}`}>
              {t(`apply-paternity-${paternity}`)}
              <span className="usa-radio__label-description">{t(`apply-paternity-${paternity}-hint`)}</span>
            </label>
          </div>
        ))}
      </fieldset>
    </FormGroup>
  );
}

/** Step 3: each child, at least one. */
export function ChildrenStep({ form, edit, focus, announce }: ListStepProps) {
  const t = useText();
  const listError = useFieldError("children");
  const setChild = (index: number, change: Partial<ChildForm>) =>
    edit((f) => ({ ...f, children: f.children.map((child, i) => (i === index ? { ...child, ...change } : child)) }));
  const add = () => {
    const index = form.children.length;
    edit((f) => ({ ...f, children: [...f.children, emptyChild()] }));
    focus(inputId(`children.${index}.given_name`));
  };
  const remove = (index: number) => {
    edit((f) => ({ ...f, children: f.children.filter((_, i) => i !== index) }));
    announce(t("apply-child-removed", { number: index + 1 }));
    focus("apply-add-child");
  };
  return (
    <>
      <p className="app-apply__intro">{t("apply-children-intro")}</p>
      <FormGroup error={Boolean(listError)}>
        <FieldErrorMessage field="children" error={listError} />
      </FormGroup>
      {form.children.map((child, index) => {
        const p = `children.${index}`;
        return (
          // A child has no id of its own: its inputs are known by its place in the list.
          <fieldset key={index} className="usa-fieldset app-apply__item" id={inputId(p)}>
            <legend className="usa-legend app-apply__legend">{t("apply-child", { number: index + 1 })}</legend>
            <TextInput
              field={`${p}.given_name`}
              label={t("apply-given_name")}
              value={child.given_name}
              onChange={(given_name) => setChild(index, { given_name })}
            />
            <TextInput
              field={`${p}.family_name`}
              label={t("apply-family_name")}
              value={child.family_name}
              onChange={(family_name) => setChild(index, { family_name })}
            />
            <MemorableDate
              field={`${p}.date_of_birth`}
              legend={t("apply-dob")}
              hint={t("apply-child-dob-hint")}
              value={child.date_of_birth}
              onChange={(date_of_birth) => setChild(index, { date_of_birth })}
            />
            <PaternityField index={index} value={child.paternity} onChange={(paternity) => setChild(index, { paternity })} />
            {form.children.length > 1 && (
              <button
                type="button"
                className="usa-button usa-button--outline app-apply__remove"
                id={`apply-remove-child-${index}`}
                onClick={() => remove(index)}
              >
                {t("apply-remove-child", { number: index + 1 })}
              </button>
            )}
          </fieldset>
        );
      })}
      {form.children.length < MAX_CHILDREN && (
        <button
          type="button"
          className="usa-button usa-button--outline app-apply__add"
          id="apply-add-child"
          aria-describedby={describedBy(listError && errorIdOf("children"))}
          onClick={add}
        >
          {t("apply-add-child")}
        </button>
      )}
    </>
  );
}

/** Step 4: the support orders a court has already made, none by default. */
export function OrdersStep({ form, edit, focus, announce }: ListStepProps) {
  const t = useText();
  const listError = useFieldError("existing_orders");
  const setOrder = (index: number, change: Partial<OrderForm>) =>
    edit((f) => ({ ...f, existing_orders: f.existing_orders.map((order, i) => (i === index ? { ...order, ...change } : order)) }));
  const add = () => {
    const index = form.existing_orders.length;
    edit((f) => ({ ...f, existing_orders: [...f.existing_orders, emptyOrder()] }));
    focus(inputId(`existing_orders.${index}.state`));
  };
  const remove = (index: number) => {
    edit((f) => ({ ...f, existing_orders: f.existing_orders.filter((_, i) => i !== index) }));
    announce(t("apply-order-removed", { number: index + 1 }));
    focus("apply-add-order");
  };
  return (
    <>
      <p className="app-apply__intro">{t("apply-orders-intro")}</p>
      <FormGroup error={Boolean(listError)}>
        <FieldErrorMessage field="existing_orders" error={listError} />
      </FormGroup>
      {form.existing_orders.length === 0 && (
        <p className="app-apply__note" id="apply-orders-none">
          {t("apply-orders-none")}
        </p>
      )}
      {form.existing_orders.map((order, index) => {
        const p = `existing_orders.${index}`;
        return (
          <fieldset key={index} className="usa-fieldset app-apply__item" id={inputId(p)}>
            <legend className="usa-legend app-apply__legend">{t("apply-order", { number: index + 1 })}</legend>
            <StateSelect field={`${p}.state`} label={t("apply-order-state")} value={order.state} onChange={(state) => setOrder(index, { state })} />
            <TextInput
              field={`${p}.court`}
              label={t("apply-order-court")}
              hint={t("apply-order-court-hint")}
              value={order.court}
              onChange={(court) => setOrder(index, { court })}
            />
            <TextInput
              field={`${p}.case_number`}
              label={t("apply-order-case_number")}
              hint={t("apply-order-case_number-hint")}
              value={order.case_number}
              onChange={(case_number) => setOrder(index, { case_number })}
              width="xl"
            />
            <button
              type="button"
              className="usa-button usa-button--outline app-apply__remove"
              id={`apply-remove-order-${index}`}
              onClick={() => remove(index)}
            >
              {t("apply-remove-order", { number: index + 1 })}
            </button>
          </fieldset>
        );
      })}
      {form.existing_orders.length < MAX_ORDERS && (
        <button
          type="button"
          className="usa-button usa-button--outline app-apply__add"
          id="apply-add-order"
          aria-describedby={describedBy(listError && errorIdOf("existing_orders"))}
          onClick={add}
        >
          {t("apply-add-order")}
        </button>
      )}
    </>
  );
}
