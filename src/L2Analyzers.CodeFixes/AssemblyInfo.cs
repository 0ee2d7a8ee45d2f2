// Code fixes for the rules in L2Analyzers.dll are added here, one fixer per file.
