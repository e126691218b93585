namespace ServiceDesk.Core.Refusals;

/// <summary>Seed 001's requests that will not be done, with the alternative a good technician would offer.</summary>
internal static class DefaultRefusals
{
    public static IReadOnlyList<RefusalRule> All { get; } =
    [
        new()
        {
            Id = "unauthorised-image-software", Kind = RefusalKind.UnauthorisedSoftware,
            Patterns = [@"\b(photoshop|illustrator|lightroom)\b"],
            ReasonFr = "ce logiciel ne fait pas partie des logiciels autorisés chez nous : sa licence n'a pas été validée",
            ReasonEn = "this software is not on our list of authorised software: its licence has not been approved",
            AlternativeFr = "GIMP, gratuit, que nous pouvons installer sur votre poste, ou bien Pixlr et Canva, utilisables dans le navigateur",
            AlternativeEn = "GIMP, which is free and which we can install for you, or Pixlr and Canva, which work in the browser",
        },
        new()
        {
            Id = "illegal-music", Kind = RefusalKind.IllegalCopy,
            Patterns = [@"\b(mp3s?|musiques?|chansons?|music|songs?)\b", @"(telecharg|download|pirat|gratuit|illegal|for free|torrent)"],
            ReasonFr = "télécharger de la musique sans licence est illégal et engagerait la responsabilité de l'organisation",
            ReasonEn = "downloading music without a licence is illegal and would put the organisation at risk",
            AlternativeFr = "un service de musique sous licence pour diffusion publique, ou une banque de musique libre de droits ; je peux vous aider à en choisir un",
            AlternativeEn = "a music service licensed for public playback, or a royalty-free music library; I can help you choose one",
        },
        new()
        {
            Id = "disc-copy", Kind = RefusalKind.IllegalCopy,
            Patterns = [@"\b(copier|copie|dupliquer|graver|copy|duplicate|rip|burn)\b", @"\b(dvd|cd|blu-?ray|disques?)\b"],
            ReasonFr = "copier un DVD protégé d'un éditeur extérieur n'est pas permis par sa licence",
            ReasonEn = "copying a protected disc from an outside publisher is not allowed by its licence",
            AlternativeFr = "demander à l'éditeur des exemplaires supplémentaires ou une licence de diffusion ; en attendant, nous pouvons le projeter en salle de formation",
            AlternativeEn = "ask the publisher for extra copies or a screening licence; meanwhile we can show it in a training room",
        },
        new()
        {
            Id = "personal-premises", Kind = RefusalKind.NotIt,
            Patterns = [@"\b(chalet|maison secondaire|residence secondaire|chez (moi|eux|lui|elle)|a la maison|domicile|cottage|my house|their house|at home)\b", @"\b(camera|cameras|alarme|installer|install|brancher|set up|wifi|tele|tv)\b"],
            ReasonFr = "cela sort du périmètre du service informatique, qui n'intervient que sur le matériel et les locaux de l'organisation",
            ReasonEn = "this is outside the IT desk's remit, which covers only the organisation's equipment and premises",
            AlternativeFr = "un installateur local spécialisé ; je peux volontiers vous conseiller sur le choix du matériel",
            AlternativeEn = "a local specialist installer; I am happy to advise on which equipment to choose",
        },
        new()
        {
            Id = "facilities", Kind = RefusalKind.NotIt,
            Patterns = [@"\b(machine a cafe|cafetiere|distributeur de (boissons|cafe)|climatisation|clim|chauffage|radiateur|ascenseur|toilettes|neon|ampoule|place de parking|coffee machine|vending machine|air conditioning|the heating|radiator|elevator|toilets?|light bulb|blinds)\b"],
            ReasonFr = "cela ne relève pas de l'informatique mais des services généraux",
            ReasonEn = "this is not an IT matter but one for facilities",
            AlternativeFr = "de le signaler aux services généraux (accueil ou intendance), qui s'en occupent directement",
            AlternativeEn = "reporting it to facilities (reception or building services), who handle it directly",
        },
        new()
        {
            Id = "hr-matter", Kind = RefusalKind.Confidential,
            Patterns = [@"\b(console (d'|de l')?antivirus|antivirus console|historique de navigation|browsing history|onlyfans|sites? (pour adultes|porno\w*)|adult (sites?|content)|surveiller (un|une|mon|ma) (collegue|employe|salarie))"],
            ReasonFr = "ce sujet relève des ressources humaines ou de la direction, et ne se traite pas dans ce chat",
            ReasonEn = "this is a matter for HR or management, and is not handled in this chat",
            AlternativeFr = "je le transmets de façon confidentielle à la bonne personne, qui reviendra vers vous",
            AlternativeEn = "I am passing it on confidentially to the right person, who will get back to you",
        },
    ];
}
