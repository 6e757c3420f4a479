"""One reader per family of claim shapes; ``assemble.SentenceAnalyser`` tries them in order."""
