// The .NET and Roslyn namespaces every code fix works with, imported once for the project. The project's own
// namespaces stay imported file by file, so each file shows what in L2Analyzers it depends on.
global using System;
global using System.Collections.Generic;
global using System.Collections.Immutable;
global using System.Composition;
global using System.Linq;
global using System.Threading;
global using System.Threading.Tasks;
global using Microsoft.CodeAnalysis;
global using Microsoft.CodeAnalysis.CodeActions;
global using Microsoft.CodeAnalysis.CodeFixes;
global using Microsoft.CodeAnalysis.CSharp;
global using Microsoft.CodeAnalysis.CSharp.Syntax;
