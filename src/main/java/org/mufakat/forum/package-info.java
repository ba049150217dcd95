/**
 * Forums (sanctioned and created spaces) and their sessions: the registry that rounds aim at and that submissions
 * and impact tracking later refer to. It depends only on network, security, audit and web, and must never hold
 * anything about a particular round or proposal.
 */
package org.mufakat.forum;
