/**
 * The network registry: constituencies (usually countries, sometimes groups such as Burmese migrants in Thailand),
 * member organisations, and accounts with their role grants. It implements security's account directory and must
 * never hand out password hashes or let anyone but the secretariat change accounts and grants.
 */
package org.mufakat.network;
