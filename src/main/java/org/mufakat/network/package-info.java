/**
 * The network registry: constituencies (usually countries, sometimes groups such as Burmese migrants in Thailand),
 * member organisations, accounts with their role grants, and the ratification table (ASEAN member states ×
 * instruments on migrant workers, which constituency pages and the input's preamble show). It implements security's
 * account directory and must never hand out password hashes or let anyone but the secretariat change accounts and
 * grants.
 */
package org.mufakat.network;
