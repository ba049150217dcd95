/**
 * The network registry: constituencies (usually countries, sometimes groups such as Burmese migrants in Thailand),
 * member organisations, accounts with their role grants, and the ratification table (ASEAN member states ×
 * instruments on migrant workers, which constituency pages and the input's preamble show), and each person's
 * personal API tokens. It implements security's account directory and must never hand out password hashes or token
 * secrets (only a token's SHA-256 is stored), let anyone but the secretariat change accounts and grants, or let anyone
 * but its owner see or revoke a token.
 */
package org.mufakat.network;
