using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace L2Analyzers.Analyzers.Loops;

/// <summary>
/// Joins, across the types of one compilation, the loops that decay every element of a list member with the biases
/// added to that member (<see cref="ListAdditions"/>), wherever each is written. Each type publishes its own when it is
/// done and gets back its joins with what the types done before it published, so every pair is found exactly once,
/// by whichever of the two types finishes last, and each update is reported once however many biases reach it.
/// </summary>
internal sealed class ListJoin
{
    private readonly object gate = new();
    private readonly List<(ISymbol List, RegularizationUpdate Update)> updates = new();
    private readonly List<BiasAddition> biases = new();
    private readonly HashSet<IOperation> reported = new();

    /// <summary>Publishes one type's list updates and bias additions; returns the updates that became reportable.</summary>
    public List<FlowFinding> Publish(IReadOnlyCollection<(ISymbol List, RegularizationUpdate Update)> typeUpdates, IReadOnlyCollection<BiasAddition> typeBiases)
    {
        var findings = new List<FlowFinding>();
        if (typeUpdates.Count == 0 && typeBiases.Count == 0)
        {
            return findings;
        }

        lock (gate)
        {
            foreach (var (list, update) in typeUpdates)
            {
                Join(list, update, biases, findings);
                Join(list, update, typeBiases, findings);
            }

            foreach (var (list, update) in updates)
            {
                Join(list, update, typeBiases, findings);
            }

            updates.AddRange(typeUpdates);
            biases.AddRange(typeBiases);
        }

        return findings;
    }

    private void Join(ISymbol list, RegularizationUpdate update, IEnumerable<BiasAddition> additions, List<FlowFinding> findings)
    {
        foreach (var addition in additions)
        {
            if (SymbolEqualityComparer.Default.Equals(list, addition.List) && reported.Add(update.Assignment))
            {
                findings.Add(new FlowFinding(FlowKind.BiasInList, update, update.Assignment, addition.Bias, null));
                return;
            }
        }
    }
}
