/**
 * The web layer: thin Faces backing beans that mirror page paths, the REST API under
 * {@code /api}, and the Shiro filter set-up. It reaches data only through the EJB services.
 */
package org.coplan.web;
