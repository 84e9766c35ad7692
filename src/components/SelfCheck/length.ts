/** A topic page shows this many of its questions; the practice page has the rest. */
export const SELF_CHECK_LENGTH = 5;
