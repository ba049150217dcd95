/**
 * The audit trail: who did what to which object, when (UTC), with short details. A sink: it imports no feature and
 * no security class; callers name the actor. Details never hold restricted text (testimonies, hidden attribution),
 * passwords or tokens.
 */
package org.mufakat.audit;
