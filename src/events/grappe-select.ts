/** Detail of `grappe-select`: the selected cluster and organisation ids (null when cleared). */
export interface GrappeSelectDetail {
  clusterId: string | null;
  organisationId: string | null;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'grappe-select': CustomEvent<GrappeSelectDetail>;
  }
}
