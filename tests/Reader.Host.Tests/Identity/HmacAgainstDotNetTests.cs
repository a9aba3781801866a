using System;
using System.Security.Cryptography;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Reader.Core.Identity;

namespace Reader.Host.Tests.Identity;

/// <summary>The core's own SHA-256 and HMAC-SHA256 agree with .NET's on random keys and messages of every size class.</summary>
[TestClass]
public class HmacAgainstDotNetTests
{
    [TestMethod]
    public void Sha256MatchesDotNetAroundEveryBlockBoundary()
    {
        var random = new Random(4231);
        var sha = new Sha256();
        var digest = new byte[32];
        for (int length = 0; length < 200; length++)
        {
            var message = new byte[length];
            random.NextBytes(message);
            sha.Update(message, 0, length);
            sha.Final(digest, 0);
            CollectionAssert.AreEqual(SHA256.HashData(message), digest, $"length {length}");
        }
    }

    [TestMethod]
    public void HmacMatchesDotNetForShortLongAndBlockSizedKeys()
    {
        var random = new Random(2104);
        var mac = new byte[32];
        foreach (int keyLength in new[] { 1, 16, 32, 63, 64, 65, 131 })
        {
            for (int i = 0; i < 50; i++)
            {
                var key = new byte[keyLength];
                var message = new byte[random.Next(0, 300)];
                random.NextBytes(key);
                random.NextBytes(message);
                new HmacSha256(key).Compute(message, 0, message.Length, mac, 0);
                CollectionAssert.AreEqual(HMACSHA256.HashData(key, message), mac, $"key {keyLength} bytes, message {message.Length} bytes");
            }
        }
    }
}
