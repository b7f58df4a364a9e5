/*
 * Warns before the session times out, so that a half-finished edit is never lost without a
 * warning. The clock restarts whenever the page talks to the server (a page load or an AJAX
 * answer); a few minutes before the end the warning appears with a button that keeps the
 * session alive. When the time is up, it says so, and the text typed stays on the page.
 */
(function () {
    'use strict';
    var box = document.getElementById('session-timeout');
    if (!box) {
        return;
    }
    var warning = document.getElementById('session-warning');
    var ended = document.getElementById('session-ended');
    var stay = document.getElementById('session-stay');
    var warnTimer = null;
    var endTimer = null;

    function restart(timeoutSeconds, warnSeconds) {
        var timeout = timeoutSeconds || parseInt(box.getAttribute('data-timeout'), 10);
        var warnBefore = warnSeconds || parseInt(box.getAttribute('data-warn-before'), 10);
        clearTimeout(warnTimer);
        clearTimeout(endTimer);
        box.hidden = true;
        warning.hidden = true;
        ended.hidden = true;
        if (!(timeout > 0)) {
            return;
        }
        warnTimer = setTimeout(function () {
            box.hidden = false;
            warning.hidden = false;
            stay.focus();
        }, Math.max(0, timeout - warnBefore) * 1000);
        endTimer = setTimeout(function () {
            box.hidden = false;
            warning.hidden = true;
            ended.hidden = false;
            ended.focus();
        }, timeout * 1000);
    }

    stay.addEventListener('click', function () {
        // A request the server answers keeps the session alive; then the clock starts again.
        fetch(box.getAttribute('data-ping'), {credentials: 'same-origin', cache: 'no-store'})
            .then(function () { restart(); })
            .catch(function () { restart(); });
    });
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', function () { restart(); });
    }
    if (window.faces && window.faces.ajax) {
        window.faces.ajax.addOnEvent(function (data) {
            if (data.status === 'success') {
                restart();
            }
        });
    }
    // For tests and for councils with other timeouts: CoPlanSession.restart(seconds, warnBefore).
    window.CoPlanSession = {restart: restart};
    restart();
}());
