/**
 * Who the user is and what they may do. Owns sign-in (local accounts with bcrypt passwords, growing delays after
 * wrong passwords, sessions that end when the account says so, a token on the sign-in form; Keycloak through
 * quarkus-oidc, with roles and scopes read from its tokens), the current user, role grants as seen by checks, and the
 * one permission service every page and API call asks. It never imports a feature: accounts are read, linked and
 * created through {@link org.mufakat.security.AccountDirectory}, and objects are judged through
 * {@link org.mufakat.security.Scoped}. Its only table is {@code signin_throttle}.
 */
package org.mufakat.security;
