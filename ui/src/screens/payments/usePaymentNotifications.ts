import type { Backend } from "../../backend/backend";
import { useSettingToggle, type SettingToggleState } from "../../backend/useSettingToggle";

const save = (backend: Backend, on: boolean) => backend.setPaymentNotifications(on);

/** The parent's choice of a desktop notification when a payment arrives (see `useSettingToggle`). */
export function usePaymentNotifications(): SettingToggleState {
  return useSettingToggle("payment_notifications", save);
}
