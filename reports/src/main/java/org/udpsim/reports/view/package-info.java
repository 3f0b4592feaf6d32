/**
 * {@code view.html}: a run or a comparison played back in the browser, one self-contained page whose front end
 * (HTML, CSS, JavaScript under {@code resources/org/udpsim/reports/view/}) reads the run from one embedded JSON
 * object ({@link org.udpsim.reports.view.ViewData}), so a server could hand it another.
 */
package org.udpsim.reports.view;
