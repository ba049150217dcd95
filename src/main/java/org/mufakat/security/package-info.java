/**
 * Who the user is and what they may do. Owns sign-in (local accounts with bcrypt passwords, lock-out after repeated
 * failures; Keycloak through quarkus-oidc, with roles and scopes read from its tokens), the current user, role grants
 * as seen by checks, and the one permission service every page and API call asks. It never imports a feature:
 * accounts are read, linked and created through {@link org.mufakat.security.AccountDirectory}, and objects are judged
 * through {@link org.mufakat.security.Scoped}.
 */
package org.mufakat.security;
