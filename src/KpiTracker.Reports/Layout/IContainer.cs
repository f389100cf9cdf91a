namespace KpiTracker.Reports.Layout;

/// <summary>A slot that takes exactly one element; decorations return the slot inside them.</summary>
public interface IContainer
{
}

/// <summary>A reusable piece of a document (a panel, a chart with its caption) that composes itself into a slot.</summary>
public interface IComponent
{
    void Compose(IContainer container);
}
