# Sweep curve: service level and abandonment against teams.web.headcount (written by channelsim).
# Re-draw by hand from this directory:  gnuplot sweep-web-team-day-curve.gp
# sweep-web-team-day-curve.dat holds one block per series (plot ... index N), columns: 1 x, 2 mean, 3 low, 4 high.
# Values are raw shares 0..1, shown in percent; NaN marks an undefined value.

set terminal pngcairo size 1200,560 noenhanced font 'sans-serif,10' background rgb 'white'
set encoding utf8
set output 'sweep-web-team-day-curve.png'
data = 'sweep-web-team-day-curve.dat'

set multiplot layout 1,2 title "web-team-day: sweep over teams.web.headcount\nmean with 95% CI band · dashed: target" font ',13'
set border 3 lw 1 lc rgb '#505050'
set grid xtics ytics lw 1 lc rgb '#e0e0e0' dt 1
set tics nomirror out scale 0.6
set lmargin 9
set rmargin 3
set tmargin 4
set bmargin 7
set xlabel 'teams.web.headcount'
set xrange [7.84:12.16]
set format y '%g%%'
set title font ',12'
set key outside below center horizontal Left reverse samplen 2.5 width 2 font ',10'
set xtics ('8' 8, '9' 9, '10' 10, '11' 11, '12' 12)

# Panel: service level (offered).
set title 'service level (offered)'
set yrange [40:100]
plot data index 0 using 1:($3*100):($4*100) with filledcurves lc rgb 0x4e79a7 fs transparent solid 0.2 notitle, \
     '' index 0 using 1:($2*100) with linespoints lw 2.5 pt 7 ps 0.9 lc rgb 0x4e79a7 title 'chat', \
     80 with lines dt 2 lw 2 lc rgb 0x4e79a7 title 'chat target 80%', \
     data index 2 using 1:($3*100):($4*100) with filledcurves lc rgb 0xf28e2b fs transparent solid 0.2 notitle, \
     '' index 2 using 1:($2*100) with linespoints lw 2.5 pt 7 ps 0.9 lc rgb 0xf28e2b title 'phone'

# Panel: abandonment.
set title 'abandonment'
set yrange [0:*]
plot data index 1 using 1:($3*100):($4*100) with filledcurves lc rgb 0x4e79a7 fs transparent solid 0.2 notitle, \
     '' index 1 using 1:($2*100) with linespoints lw 2.5 pt 7 ps 0.9 lc rgb 0x4e79a7 title 'chat', \
     5 with lines dt 2 lw 2 lc rgb 0x4e79a7 title 'chat target 5%', \
     data index 3 using 1:($3*100):($4*100) with filledcurves lc rgb 0xf28e2b fs transparent solid 0.2 notitle, \
     '' index 3 using 1:($2*100) with linespoints lw 2.5 pt 7 ps 0.9 lc rgb 0xf28e2b title 'phone'

unset multiplot
unset output
