"""Forms of the surveys app: the page editor's (``editor``) and the step form (``step``)."""
