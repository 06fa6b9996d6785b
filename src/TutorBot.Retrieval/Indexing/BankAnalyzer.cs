using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Util;

namespace TutorBot.Retrieval.Indexing;

/// <summary>
/// SmartCn's segmenter (Chinese words, English words lower-cased and width-folded), then the stop list,
/// the parts of long Chinese words, then Porter stemming of the English words: the same chain for the bank and for queries.
/// </summary>
public sealed class BankAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new HMMChineseTokenizer(reader);
        TokenStream stream = new StopFilter(LuceneVersion.LUCENE_48, tokenizer, StopWords.Set);
        stream = new ChineseSubwordFilter(stream);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
