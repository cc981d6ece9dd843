// Every attribute Qingwen puts on a page, in one place.
export const MARKER_STATE = 'data-qingwen'; // on <html>: 'active' | 'off'
