statistics-intro = Here you see figures: How many concerns came in? What happened to them? How fast do the offices answer?
statistics-on-time = Answer came on time
