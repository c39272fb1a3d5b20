import type { Backend } from "../../backend/backend";
import { useSettingToggle, type SettingToggleState } from "../../backend/useSettingToggle";

const save = (backend: Backend, on: boolean) => backend.setMessageNotifications(on);

/**
 * The parent's choice of a desktop notification when a message arrives
 * (worded "You have a new message", nothing of the message); see `useSettingToggle`.
 */
export function useMessageNotifications(): SettingToggleState {
  return useSettingToggle("message_notifications", save);
}
