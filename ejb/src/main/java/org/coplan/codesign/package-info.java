/**
 * Community co-design projects: their aim, ladder and target rung, stage and members. Only a
 * project's members see it. Sessions, pledges, contributions and results grow here.
 */
package org.coplan.codesign;
