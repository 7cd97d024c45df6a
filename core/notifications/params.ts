/** What a notification names, rendered in the reader's locale when shown (lib/notifications). */
export interface NotificationParams {
  title?: string;
  customerName?: string;
  automationName?: string;
}
