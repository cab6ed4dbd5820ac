// Deliberately empty: the ceiling is the framework with nothing of ours.
export default {};
