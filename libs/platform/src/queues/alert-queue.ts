/** The queue of alert evaluations (full runs by schedule, per-unit runs by trigger, overspend incidents). */
export const ALERT_EVALUATIONS = 'alert-evaluations';
