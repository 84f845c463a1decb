statistics-intro = Here you see figures: How many concerns came in? What happened to them? How fast do the offices answer?
statistics-on-time = Answer came on time

statistics-participation-link = Who takes part? Numbers by district
monitor-intro = Here you see how many people took part. We count for each district. We also count for groups of districts that are alike. We count per 1,000 people who live there. So all can see: do poor districts take part as much?
monitor-equity-title = Do all groups take part the same?
monitor-equity = The group “{ $lowest }” takes part least: { $lowest_rate } of 1,000 people. The group “{ $highest }” takes part most: { $highest_rate } of 1,000. The number to compare is { $ratio }. At 1, all take part the same.
monitor-equity-none = Too few people took part in this time to compare.
monitor-people-interview = People (talk)
monitor-method-who = You took part if you did one of these: told us about a problem. Said a problem hits you too. Answered a survey and named your district. Joined a forum.
monitor-method-once = Each person counts once, even if they take part often. Some take part online and in a talk. They show up in both. In the total they count once.
monitor-method-rate = We count per 1,000 people. So big and small districts can be set side by side. At 1, all groups take part the same.
monitor-method-anonymous = Answers without a name count one by one. We link them to nothing.
