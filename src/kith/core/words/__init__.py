"""Words: the drafts kith writes for a person and the coach that checks the user's own."""
