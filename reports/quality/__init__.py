"""The data-quality screen of the project team: which municipalities trigger which check."""
