// Runs before the page renders so GOV.UK Frontend's JavaScript-only styles apply without a flash.
// Kept out of the page because the Content-Security-Policy allows no inline script.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
