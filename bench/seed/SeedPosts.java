import io.redress.publicposts.domain.ComplaintClassifier;
import io.redress.publicposts.domain.MinHash;
import io.redress.publicposts.domain.PostFacts;
import io.redress.publicposts.domain.PostRules;
import io.redress.publicposts.domain.Shingles;
import io.redress.publicposts.domain.Suggestion;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Writes the public posts of the cases benchmark as CSV for COPY, with the band hashes the application computes
 * for their texts: it calls the application's own Shingles, MinHash, PostRules and ComplaintClassifier (run it
 * with domain-ejb/target/classes on the class path; bench/seed-posts.sh does).
 *
 *   java -cp domain-ejb/target/classes bench/seed/SeedPosts.java OUT_DIR POSTS DAYS CASES [BENCH_TEXTS]
 *
 * OUT_DIR gets public_post.csv, post_band.csv, campaign.csv and bench-posts.txt: BENCH_TEXTS (default 20,000)
 * texts for the posts the benchmark sends, one JSON-escaped text a line, in the same mix (campaign copies are of
 * the campaigns live in the last 24 hours, so they meet seeded near-duplicates). Posts are spread over the last
 * DAYS days up to 5 minutes ago. The mix, deterministic (fixed seed):
 *   70 %  organic complaints: 2-4 clauses from a list of 60, some crypto words and free words from a vocabulary of
 *         300, sometimes a coin amount, a #tag, an @mention or a link; two of them rarely share many 3-word shingles
 *   25 %  copies of campaign texts (one campaign starts every ~3 hours, 20-150 copies within 20 hours, each from
 *         its own handle; copies differ in @mentions, #tags, links and digits, which Shingles ignores, and one in
 *         three also in a word or two, so they stay near-duplicates at about 0.8-0.95)
 *    5 %  quoting the ticket of a seeded case (cases 1..CASES of bench/seed-cases.sh: the same ticket formula)
 * A campaign's copies from three handles on are in the campaign, as PostIntake groups them. The suggestion is
 * ComplaintClassifier's for what the post knew when it came in (copies before it, no customer matched).
 * account_id and case_id of posts quoting a ticket are set afterwards in SQL from the case.
 */
public class SeedPosts {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

    static final String[] CLAUSES = {
        "my withdrawal has been stuck for three days", "support never answers my tickets", "they froze my account without any reason",
        "i lost all my savings on this exchange", "the app logged me out and now i cannot get back in",
        "my deposit never arrived", "they ask for the same documents again and again", "i was liquidated during their outage",
        "the price on the chart was not the price i got", "customer service is a bot that sends the same answer",
        "i sent my coins to the wrong network and nobody helps", "they say my funds are under review for weeks",
        "do not trust this platform", "my account was hacked and they did nothing", "someone withdrew my funds with a fake api key",
        "i have been waiting for a month for an answer", "they closed my account and kept my money",
        "the fees are much higher than advertised", "my stop loss was ignored", "two factor reset takes forever",
        "i cannot withdraw but i can still deposit", "this is a scam exchange", "they blocked my withdrawal after a big win",
        "the verification failed five times for no reason", "i forgot the memo and they refuse to recover it",
        "phishing site with their logo stole my login", "fake support on telegram asked for my seed phrase",
        "staking rewards disappeared from my balance", "the futures position was closed without warning",
        "my order was filled at a crazy price", "their chat says escalated and then nothing happens",
        "i will report them to the regulator", "my friend has the same problem", "every time i ask they close the ticket",
        "the maintenance was never announced", "my tax report is wrong", "the referral bonus never came",
        "they changed the terms without telling anyone", "i was charged twice for the same trade",
        "the card payment went through but no crypto", "the bank transfer bounced and my money is gone",
        "they want a selfie with a newspaper now", "the mobile app crashes on every update", "the withdrawal limit dropped overnight",
        "i am a customer for five years and this is how they treat me", "they restricted my account to withdraw only",
        "nobody can tell me when the restriction ends", "i sent it to the wrong address by mistake",
        "the contract address ate my tokens", "i clicked a link in an email that looked real", "i did not understand the leverage",
        "the support agent was rude", "the answer was copy paste from the faq", "the pending status never changes",
        "they asked me where my money comes from", "my small account is treated like a criminal",
        "other exchanges process this in minutes", "the balance shows zero since this morning", "they lost my deposit",
        "the compliance team never explains anything"};

    static final String[] VOCAB = ("again still really honestly literally today yesterday tonight week month year people everyone nobody "
            + "someone anyone guys folks please help urgent seriously totally completely absolutely never always maybe "
            + "money funds savings coins tokens wallet account balance deposit withdrawal transfer payment order trade position "
            + "exchange platform app website support service team agent chat email ticket answer reply response message "
            + "problem issue mess joke disaster nightmare shame scandal fraud theft robbery lie excuse delay wait "
            + "angry furious tired sad shocked disappointed scared worried confused lost broke desperate done finished "
            + "bitcoin ether solana tether ripple cardano dogecoin litecoin polkadot polygon tron avalanche chainlink cosmos "
            + "bull bear pump dump moon crash dip rally hodl rekt whale fomo fud gm ngmi wagmi degen alpha "
            + "red green up down high low big small fast slow cheap expensive safe risky legit shady good bad worst best "
            + "first second third last next other same different new old real fake true false right wrong "
            + "monday tuesday wednesday thursday friday saturday sunday morning evening night "
            + "london paris tokyo berlin madrid rome amsterdam singapore zurich dubai "
            + "family rent bills kids job salary pension loan mortgage holiday car house food doctor school "
            + "screenshot proof evidence video thread story update news warning reminder lesson advice tip "
            + "lawyer court police regulator authority complaint lawsuit refund compensation apology "
            + "think believe know guess feel hope wish want need tried asked told said wrote called sent waited paid lost "
            + "because although while since until unless whether otherwise meanwhile anyway however therefore").split(" ");

    static final String[] COINS = {"BTC", "ETH", "USDT", "SOL", "XRP", "ADA", "DOGE", "LTC", "DOT", "MATIC", "TRX", "BNB"};
    static final String[] TAGS = {"#crypto", "#scam", "#bitcoin", "#support", "#exchange", "#help", "#fail", "#warning", "#web3", "#defi"};
    static final String[] PLATFORMS = {"x", "x", "x", "reddit", "telegram", "trustpilot", "youtube"};
    static final DateTimeFormatter ISO = DateTimeFormatter.ISO_INSTANT;

    final Random rnd = new Random(20261121L);

    record Campaign(long id, String base, Instant start, List<String> handles, List<Instant> times) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 4) {
            System.err.println("usage: SeedPosts OUT_DIR POSTS DAYS CASES [BENCH_TEXTS]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int posts = Integer.parseInt(args[1]);
        int days = Integer.parseInt(args[2]);
        long cases = Long.parseLong(args[3]);
        int benchTexts = args.length > 4 ? Integer.parseInt(args[4]) : 20000;
        Files.createDirectories(out);
        new SeedPosts().run(out, posts, days, cases, benchTexts);
    }

    void run(Path out, int posts, int days, long cases, int benchTexts) throws IOException {
        Instant end = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS).minus(Duration.ofMinutes(5));
        Instant start = end.minus(Duration.ofDays(days));
        long spanMillis = Duration.between(start, end).toMillis();

        // campaigns: one every ~3 hours, 20-150 copies within 20 hours of its start
        List<Campaign> campaigns = new ArrayList<>();
        int campaignPosts = posts / 4;
        long campaignId = 1_000_000_000L;
        int planned = 0;
        while (planned < campaignPosts) {
            int size = Math.min(20 + rnd.nextInt(131), campaignPosts - planned);
            Instant cs = start.plusMillis((long) (rnd.nextDouble() * Math.max(1, spanMillis - Duration.ofHours(20).toMillis())));
            Campaign c = new Campaign(++campaignId, organic(4 + rnd.nextInt(3), true), cs, new ArrayList<>(), new ArrayList<>());
            for (int i = 0; i < size; i++) {
                c.times().add(cs.plusMillis((long) (Math.pow(rnd.nextDouble(), 2) * Duration.ofHours(20).toMillis())));
                c.handles().add(botHandle());
            }
            c.times().sort(null);
            campaigns.add(c);
            planned += size;
        }

        long id = 1_000_000_000L;
        long bands = 0;
        int quoting = 0;
        int inCampaigns = 0;
        try (BufferedWriter postCsv = Files.newBufferedWriter(out.resolve("public_post.csv"), StandardCharsets.UTF_8);
             BufferedWriter bandCsv = Files.newBufferedWriter(out.resolve("post_band.csv"), StandardCharsets.UTF_8);
             BufferedWriter campaignCsv = Files.newBufferedWriter(out.resolve("campaign.csv"), StandardCharsets.UTF_8)) {
            for (Campaign c : campaigns) {
                int n = c.times().size();
                boolean grouped = n >= ComplaintClassifier.CAMPAIGN_HANDLES;
                if (grouped) {
                    Instant first = c.times().get(0);
                    Instant last = c.times().get(n - 1);
                    campaignCsv.write(c.id() + "," + ISO.format(first) + "," + ISO.format(last) + ","
                            + ISO.format(c.times().get(ComplaintClassifier.CAMPAIGN_HANDLES - 1)) + ",1\n");
                }
                for (int i = 0; i < n; i++) {
                    String text = copyOf(c.base());
                    bands += writePost(postCsv, bandCsv, ++id, c.handles().get(i), text, c.times().get(i), null,
                            grouped ? c.id() : null, Math.min(i, n - 1), end);
                    inCampaigns += grouped ? 1 : 0;
                }
            }
            for (long i = campaignPosts; i < posts; i++) {
                Instant at = start.plusMillis((long) (rnd.nextDouble() * spanMillis));
                String ticket = null;
                String text;
                if (cases > 0 && rnd.nextInt(100) < 5 * 100 / 75) {
                    ticket = ticket(1 + (long) (rnd.nextDouble() * cases));
                    text = organic(2 + rnd.nextInt(2), false) + " " + (rnd.nextBoolean() ? "ticket " : "") + ticket;
                    quoting++;
                } else {
                    text = organic(2 + rnd.nextInt(3), false);
                }
                bands += writePost(postCsv, bandCsv, ++id, personHandle(), text, at, ticket, null, 0, end);
            }
        }

        // texts for the benchmark's posts: same mix; campaign copies of the campaigns of the last 24 hours
        Instant dayAgo = end.minus(Duration.ofHours(24));
        List<Campaign> live = campaigns.stream().filter(c -> c.times().get(c.times().size() - 1).isAfter(dayAgo)).toList();
        if (live.isEmpty()) {
            live = campaigns.subList(Math.max(0, campaigns.size() - 3), campaigns.size());
        }
        try (BufferedWriter texts = Files.newBufferedWriter(out.resolve("bench-posts.txt"), StandardCharsets.UTF_8)) {
            for (int i = 0; i < benchTexts; i++) {
                int kind = rnd.nextInt(100);
                String text;
                if (kind < 25 && !live.isEmpty()) {
                    text = copyOf(live.get(rnd.nextInt(live.size())).base());
                } else if (kind < 30 && cases > 0) {
                    text = organic(2 + rnd.nextInt(2), false) + " " + ticket(1 + (long) (rnd.nextDouble() * cases));
                } else {
                    text = organic(2 + rnd.nextInt(3), false);
                }
                texts.write(json(text));
                texts.write('\n');
            }
        }
        System.out.printf(Locale.ROOT, "posts %d (%d in %d grouped campaigns, %d quoting a ticket), band rows %d, live campaigns %d, bench texts %d%n",
                posts, inCampaigns, campaigns.stream().filter(c -> c.times().size() >= ComplaintClassifier.CAMPAIGN_HANDLES).count(),
                quoting, bands, live.size(), benchTexts);
    }

    /** One post and its 16 band rows; returns the number of band rows. */
    int writePost(BufferedWriter postCsv, BufferedWriter bandCsv, long id, String handle, String text, Instant postedAt,
                  String ticket, Long campaign, int copiesBefore, Instant end) throws IOException {
        String platform = PLATFORMS[rnd.nextInt(PLATFORMS.length)];
        String url = switch (platform) {
            case "reddit" -> "https://www.reddit.com/r/CryptoCurrency/comments/" + Long.toString(id, 36) + "/";
            case "telegram" -> "https://t.me/cryptochat/" + id;
            case "trustpilot" -> "https://www.trustpilot.com/reviews/" + Long.toHexString(id * 7919);
            case "youtube" -> "https://www.youtube.com/watch?v=" + Long.toString(id * 31, 36) + "&lc=" + Long.toString(id, 36);
            default -> "https://x.com/" + handle + "/status/" + (1_700_000_000_000_000_000L + id);
        };
        long[] signature = MinHash.signature(Shingles.of(text));
        long[] band = MinHash.bands(signature);
        Suggestion s = ComplaintClassifier.suggest(new PostFacts(text, false, ticket != null,
                campaign == null ? 0 : Math.min(copiesBefore, 1000), false));
        long reach = (long) Math.pow(10, rnd.nextDouble() * 5.5);
        Instant received = postedAt.plusSeconds(30 + rnd.nextInt(1800));
        if (received.isAfter(end)) {
            received = end;
        }
        postCsv.write(String.join(",", Long.toString(id), csv(url), csv(PostRules.urlKey(url)), platform,
                csv(PostRules.handle(handle)), csv(text), Long.toString(reach), ISO.format(postedAt), ISO.format(received),
                "exchange", ticket == null ? "" : ticket, "f", campaign == null ? "" : campaign.toString(),
                MinHash.encode(signature), s == null ? "" : s.kind().name(), s == null ? "" : Integer.toString(s.score()),
                s == null ? "" : csv(String.join("\n", s.evidence())), "1"));
        postCsv.write('\n');
        for (int b = 0; b < band.length; b++) {
            bandCsv.write(id + "," + b + "," + band[b] + "," + ISO.format(postedAt) + "\n");
        }
        return band.length;
    }

    /** A complaint of n clauses with free words between them; a campaign base gets a few words of its own. */
    String organic(int clauses, boolean campaign) {
        StringBuilder sb = new StringBuilder();
        Set<Integer> used = new LinkedHashSet<>();
        while (used.size() < clauses) {
            used.add(rnd.nextInt(CLAUSES.length));
        }
        for (int c : used) {
            if (!sb.isEmpty()) {
                sb.append(rnd.nextInt(3) == 0 ? ". " : rnd.nextBoolean() ? " and " : ", ");
            }
            sb.append(words(1 + rnd.nextInt(campaign ? 5 : 4))).append(' ').append(CLAUSES[c]);
        }
        sb.append(' ').append(words(2 + rnd.nextInt(4)));
        if (rnd.nextInt(3) == 0) {
            sb.append(". ").append(1 + rnd.nextInt(20000)).append(' ').append(COINS[rnd.nextInt(COINS.length)]).append(" gone");
        }
        String text = Character.toUpperCase(sb.charAt(0)) + sb.substring(1);
        return decorate(text);
    }

    /** A copy as campaign tooling sends it: new @mentions, #tags, links and digits; one in three with a word changed. */
    String copyOf(String base) {
        String text = base.replaceAll("https?://\\S+|[@#]\\w+", "").replaceAll("\\d+", Integer.toString(1 + rnd.nextInt(9999)))
                .replaceAll("\\s+", " ").trim();
        if (rnd.nextInt(3) == 0) {
            String[] w = text.split(" ");
            int at = rnd.nextInt(w.length);
            w[at] = VOCAB[rnd.nextInt(VOCAB.length)];
            text = String.join(" ", w);
        }
        return decorate(text);
    }

    String decorate(String text) {
        StringBuilder sb = new StringBuilder(text);
        if (rnd.nextInt(3) == 0) {
            sb.insert(0, "@" + personHandle() + " ");
        }
        int tags = rnd.nextInt(3);
        for (int i = 0; i < tags; i++) {
            sb.append(' ').append(TAGS[rnd.nextInt(TAGS.length)]);
        }
        if (rnd.nextInt(5) == 0) {
            sb.append(" https://t.co/").append(Long.toString(rnd.nextLong() & Long.MAX_VALUE | 1L << 60, 36), 0, 10);
        }
        return sb.toString();
    }

    String words(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : " ").append(VOCAB[rnd.nextInt(VOCAB.length)]);
        }
        return sb.toString();
    }

    String personHandle() {
        return "user_" + Long.toString(rnd.nextInt(5_000_000), 36);
    }

    String botHandle() {
        return "acc" + Long.toString(rnd.nextInt(Integer.MAX_VALUE), 36);
    }

    /** The ticket of seeded case n, as bench/seed-cases.sh computes it. */
    static String ticket(long n) {
        long x = (n * 13841287201L + 98765431L) % 656100000000L;
        StringBuilder sb = new StringBuilder("RD-");
        long p = 21870000000L; // 30^7
        for (int k = 7; k >= 0; k--) {
            sb.append(ALPHABET.charAt((int) (x / p % 30)));
            if (k == 4) {
                sb.append('-');
            }
            p /= 30;
        }
        return sb.toString();
    }

    static String csv(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    static String json(String s) {
        StringBuilder sb = new StringBuilder();
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                default -> {
                    if (ch < 0x20) {
                        sb.append(String.format("\\u%04x", (int) ch));
                    } else {
                        sb.append(ch);
                    }
                }
            }
        }
        return sb.toString();
    }
}
