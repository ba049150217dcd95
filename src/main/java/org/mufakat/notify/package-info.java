/**
 * Telling people things: in-app notices (each person's list) and e-mail, and the database lock that lets a
 * scheduled job run on one instance at a time. A sink: it imports no feature; callers name the recipients. Notices
 * never carry restricted text.
 */
package org.mufakat.notify;
