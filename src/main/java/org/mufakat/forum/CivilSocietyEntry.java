package org.mufakat.forum;

/** How civil society gets into a forum. */
public enum CivilSocietyEntry {
    INVITATION,
    ACCREDITATION,
    OPEN
}
