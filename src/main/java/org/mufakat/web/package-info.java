/**
 * The shared web layer: page shell helpers, flash messages, form errors, paging, language choice, error pages and
 * problem JSON. It imports no other Mufakat package; features and security use it, never the other way round.
 */
package org.mufakat.web;
