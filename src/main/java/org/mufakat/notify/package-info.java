/**
 * Telling people things: in-app notices (each person's list) and e-mail, at once or in a daily digest as each
 * person chose, written to the mail outbox in the caller's transaction and sent by a scheduled job with retries,
 * and the database lock that lets a scheduled job run on one instance at a time. A sink: it imports no
 * feature; callers name the recipients. Notices never carry restricted text.
 */
package org.mufakat.notify;
