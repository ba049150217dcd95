package org.mufakat.submission;

/** Whether the network was invited to a forum session. */
public enum Invitation {
    YES, NO, UNKNOWN
}
