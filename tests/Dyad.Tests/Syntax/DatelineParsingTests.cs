using Dyad.Syntax;

namespace Dyad.Tests.Syntax;

/// <summary>Which openings of a sentence are a wire story's dateline.</summary>
public sealed class DatelineParsingTests
{
    [Theory]
    [InlineData("LUSAKA , April 8 - The Zambian government has no plans .", 5)]
    [InlineData("RIO DE JANEIRO , March 13 - Brazil 's state oil company said .", 7)]
    [InlineData("TAUPO , New Zealand , March 23 - Philippines Trade Secretary Jose Concepcion told ministers .", 8)]
    [InlineData("SPOKANE , Wash. , March 23 - Washington Water Power Co said it requested a review .", 7)]
    [InlineData("WASHINGTON ( Reuters ) - The United States accused Japan of dumping .", 5)]
    [InlineData("WASHINGTON , Nov 30 ( Reuters ) - The United States accused Japan of dumping .", 8)]
    [InlineData("ST. LOUIS , March 3 -- \" We will not sell , \" the company said .", 6)]
    [InlineData("Ottawa , April 21 - Liberal Party leader John Turner said he would meet them .", 5)] // a place written as a name, dated
    [InlineData("New Delhi , Feb 8 - Indian police arrested 40 opposition activists .", 6)] // a name of two words
    [InlineData("PORT - AU - PRINCE , April 17 - Soldiers killed one man .", 9)] // hyphens between capitals
    [InlineData("Lima , march 31 - the peruvian government announced a plan .", 5)] // a wire all in lower case, dated
    [InlineData("CHANDIGARH , India - Sikh extremists killed five people .", 4)] // a place in capitals with its country, undated
    [InlineData("KANSAS CITY , Mo. - The company said it agreed .", 5)] // with its state
    public void ADatedAttributedOrLocatedPlaceInCapitalsBeforeADashIsADateline(string sentence, int length) =>
        Assert.Equal(length, DatelineParsing.PrefixLength(sentence.Split(' ')));

    [Theory]
    [InlineData("NATO -- the Western alliance -- said it would meet .")] // a name set off by dashes, no date
    [InlineData("TOKYO - The Bank of Japan bought bills .")] // no date and no agency: as likely a name
    [InlineData("OPEC , March 3 - ")] // nothing after the dash
    [InlineData("The EC , March 3 - the ministers met in Brussels .")] // not in capitals
    [InlineData("LUSAKA ( Reuters ) - the government has no plans .")] // undated, and what follows starts no sentence
    [InlineData("Ottawa - Liberal Party leader John Turner said he would meet them .")] // a name with no date
    [InlineData("Ottawa , Canada - Liberal Party leader John Turner said he would meet them .")] // a name and its country, no date
    [InlineData("NATO , the Western alliance - said it would meet .")] // what follows the comma is no place
    [InlineData("Washington , March 3 is the deadline for Tokyo to answer .")] // a date, but no dash
    public void AnythingElseIsNone(string sentence) =>
        Assert.Equal(0, DatelineParsing.PrefixLength(sentence.Split(' ')));
}
