namespace TutorBot.Llm.Generation;

/// <summary>
/// A bounded queue that takes turns between keys (users): one user's burst of requests waits behind other
/// users' single requests instead of ahead of them. Thread-safe.
/// </summary>
public sealed class FairQueue<T>(int capacity)
{
    private readonly Dictionary<string, Queue<T>> _byKey = new(StringComparer.Ordinal);
    private readonly LinkedList<string> _turns = new();
    private readonly Lock _gate = new();
    private int _count;

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _count;
            }
        }
    }

    public bool TryEnqueue(string key, T item)
    {
        lock (_gate)
        {
            if (_count >= capacity)
            {
                return false;
            }

            if (!_byKey.TryGetValue(key, out var queue))
            {
                queue = new Queue<T>();
                _byKey[key] = queue;
                _turns.AddLast(key);
            }

            queue.Enqueue(item);
            _count++;
            return true;
        }
    }

    /// <summary>The oldest item of the key whose turn it is; that key then goes to the back of the line.</summary>
    public bool TryDequeue(out T item)
    {
        lock (_gate)
        {
            var first = _turns.First;
            if (first is null)
            {
                item = default!;
                return false;
            }

            var key = first.Value;
            var queue = _byKey[key];
            item = queue.Dequeue();
            _count--;
            _turns.RemoveFirst();
            if (queue.Count == 0)
            {
                _byKey.Remove(key);
            }
            else
            {
                _turns.AddLast(key);
            }

            return true;
        }
    }
}
